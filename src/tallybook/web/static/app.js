// Scroll a marked passage into view and flash it when the page opens at its anchor.
(function () {
  function flash() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    var el = document.getElementById(id);
    if (!el) return;
    var next = el.nextElementSibling;
    while (next && next.classList.contains("anchor")) next = next.nextElementSibling;
    if (next && next.classList.contains("seg")) {
      next.classList.add("flash");
      setTimeout(function () { next.classList.remove("flash"); }, 2500);
    }
  }
  window.addEventListener("hashchange", flash);
  document.addEventListener("DOMContentLoaded", flash);
})();
