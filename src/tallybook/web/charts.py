"""Small charts drawn on the server as inline SVG (no JavaScript needed)."""

from __future__ import annotations

from markupsafe import Markup, escape


def timeline_svg(points: list[tuple[str, int]], *, width: int = 760, height: int = 200) -> Markup:
    """A bar chart of incidents per period (labels like "2019" or "2019-05")."""
    if not points:
        return Markup('<p class="muted">No dated incidents yet.</p>')
    left, bottom, top = 36, 28, 12
    plot_w, plot_h = width - left - 8, height - bottom - top
    peak = max(c for _, c in points) or 1
    step = plot_w / len(points)
    bar_w = max(step * 0.7, 1.0)
    label_every = max(1, len(points) // 12)
    parts = [
        f'<svg class="timeline" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="Incidents over time" xmlns="http://www.w3.org/2000/svg">',
        f'<line x1="{left}" y1="{top + plot_h}" x2="{width - 8}" y2="{top + plot_h}" stroke="#94a3b8"/>',
        f'<text x="{left - 6}" y="{top + 4}" text-anchor="end" class="axis">{peak}</text>',
        f'<text x="{left - 6}" y="{top + plot_h}" text-anchor="end" class="axis">0</text>',
    ]
    for i, (label, count) in enumerate(points):
        h = plot_h * count / peak
        x = left + i * step + (step - bar_w) / 2
        y = top + plot_h - h
        parts.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" fill="#b45309">'
            f"<title>{escape(label)}: {count}</title></rect>"
        )
        if i % label_every == 0:
            parts.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{height - 8}" text-anchor="middle" class="axis">'
                f"{escape(label)}</text>"
            )
    parts.append("</svg>")
    return Markup("".join(parts))
