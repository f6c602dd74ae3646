"""Direct speech with its speaker: the `tallybook_quotes` component.

Quotations come from `quote_marks.find_quote_spans`. Each is then attributed, most reliable
evidence first: a cue right after the closing mark (`,” said X`, `,” X said`, `, according to
X`, a sentence that only names the speaker `.” X, 41, told Y.`, a headline's `", Amnesty`), a cue
before the opening mark (`X said: “`, `X urged “`, `X, noting that “`, a paragraph ending in a
colon), and finally continuity (a repeat of an earlier quote, or a quotation that carries on the
previous speaker's words). Speakers are canonical names: titles resolve through
`people.resolve_person` (an acronym of a title, "the DPO", to its holder), "he"/"they" to the
previous speaker, phrases pointing back ("her brother", "one of them") through `speaker_refs`.
The words a cue points at are read as a speaker by `quote_speakers`.
Scare quotes, short labels (< 4 words) and charge names are left out.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from tallybook.extract.entities.lexicon import title_alternation
from tallybook.extract.entities.organizations import canonical_org_name
from tallybook.extract.entities.people import resolve_person
from tallybook.extract.entities.person_names import is_nameish
from tallybook.extract.quotation.quote_charges import is_charge
from tallybook.extract.quotation.quote_continuity import Attribution, after_cue, carry_back, copy_of
from tallybook.extract.quotation.quote_cues import (
    APPOS_NAME_RE,
    CLAUSE_END_RE,
    CUE_RE,
    FRESH_SUBJECT_RE,
    HEADLINE_RE,
    NEW_SENTENCE_AFTER_RE,
    POST_SUBJECT_FIRST_RE,
    POST_VERB_FIRST_RE,
    governed_clause,
    noun_cue,
    qualifier_fits,
    sentence_start,
    speaker_sentence,
)
from tallybook.extract.quotation.quote_hearers import hearer_cue
from tallybook.extract.quotation.quote_marks import QuoteSpan, find_quote_spans, same_words
from tallybook.extract.quotation.quote_speakers import cue_subject, named_speaker
from tallybook.extract.quotation.quote_speech import (
    NAMED_AS_RE,
    WHAT_CALLED_RE,
    is_headline_demand,
    is_speech,
    statement_verb_before,
)
from tallybook.extract.quotation.speaker_names import plain_name
from tallybook.extract.quotation.speaker_refs import fuller_name
from tallybook.extract.quotation.speaker_sole_persons import holds_title, is_bare_title, sole_speaker
from tallybook.extract.quotation.speaker_titles import title_bearer
from tallybook.extract.quotation.speakers import FUNCTION_WORDS, Mention
from tallybook.extract.quotation.uncued_speakers import statement_author, subject_before
from tallybook.extract.text.boilerplate import doc_text, flat_text, ignored_ranges, is_ignored
from tallybook.model import ExtractedQuote, Span

for _attr in ("tb_quotes", "tb_publisher"):  # tb_publisher: set by the pipeline when known
    if not Doc.has_extension(_attr):
        Doc.set_extension(_attr, default=None)
PUBLISHER = "publisher"

# the occasion a speaker spoke on, after the speaker: "said X while presenting ..."
_OCCASION_RE = re.compile(r"\s+(?:during|while|following)\s")
_PRONOUN_RE = re.compile(
    r"\b(?=[hstiw])(?:he|she|they|it|we)\b", re.IGNORECASE
)  # (first letter: a quick skip)
_TITLE_RE = re.compile(rf"\b(?:{title_alternation()})s?\b", re.IGNORECASE)  # factored: scans the whole text
_ACCORDING_RE = re.compile(r"\baccording to\b", re.IGNORECASE)
# A pull quote's caption on the quotation's line: "“...” Babu Ram Pant, Deputy Regional Director at X"
_CAPTION_RE = re.compile(
    r"^[ \t]+(?P<who>[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){1,3}),[ \t]+[A-Z][^\n]{3,120}$"
)
_CAPITAL_AFTER_RE = re.compile(r"^(?:\[\d+\])*[ \t]+[A-Z]")  # a reference mark may stand between


class QuoteFinder:
    """Finds direct speech and who said it; sets `doc._.tb_quotes`."""

    def __init__(self, nlp: Language, name: str, min_words: int = 4, keep_unattributed: bool = False) -> None:
        self.name = name
        self.min_words = min_words
        self.keep_unattributed = keep_unattributed
        self._quoted: list[tuple[int, int]] = []
        self._people: list[tuple[int, int, str]] = []  # (start, end, name) of the named people

    # -- finding -----------------------------------------------------------------------------
    def match(self, doc: Doc) -> list[ExtractedQuote]:
        text = flat_text(doc)  # hard wraps unwrapped; same offsets as the doc's text
        original = doc_text(doc)
        skip = ignored_ranges(doc)
        spans = [q for q in find_quote_spans(text) if not is_ignored(skip, q.open_mark, q.close_end)]
        spans = [q for q in spans if is_speech(text, q, self.min_words) and not is_charge(text, q)]
        mentions = self._mentions(doc)
        self._quoted = [(q.open_mark, q.close_end) for q in spans]  # read by pronoun resolution
        self._people = [(m[0], m[1], m[3]) for m in mentions if m[2] == "person" and m[3]]
        found: list[tuple[QuoteSpan, str, Attribution]] = []
        prev: QuoteSpan | None = None
        prev_speaker: tuple[str | None, Span | None] = (None, None)
        for q in spans:
            words = original[q.start : q.end]  # exactly the characters between the marks
            attribution = self._attribute(doc, q, mentions, prev, prev_speaker)
            # printed again (a headline, a pull quote set apart after someone else's words): the
            # first printing's speaker
            if attribution.speaker is None or attribution.how in ("headline", "continued"):
                attribution = copy_of(words, found) or attribution
            prev = q
            paragraph = attribution.how == "continued" and not text[q.para_start : q.open_mark].strip()
            if q.single and attribution.how not in ("post", "pre") and not paragraph:
                continue  # single marks count as speech only with an explicit cue, or going on from it
            found.append((q, words, attribution))
            if attribution.speaker is not None:
                prev_speaker = (attribution.speaker, attribution.span)
        # A quotation printed first without attribution (a headline) takes its later copy's speaker.
        for i, (q, words, attribution) in enumerate(found):
            if attribution.speaker is None or attribution.how == "headline":
                found[i] = (q, words, copy_of(words, found[i + 1 :]) or attribution)
        carry_back(text, found)
        found = self._sole_speakers(doc, found)
        quotes: list[ExtractedQuote] = []
        people = {p.name for p in doc._.tb_people or []}
        for q, words, attribution in found:
            if attribution.speaker is None and not self.keep_unattributed:
                continue
            repeat_of = next((i for i, old in enumerate(quotes) if same_words(old.text, words)), None)
            # a person speaks by name alone: "Maître X" -> "X"; "Thaksin" -> "Thaksin Shinawatra"
            who = attribution.speaker and plain_name(attribution.speaker, attribution.speaker in people)
            who = who and _full_name_of_given(who, people)
            quotes.append(ExtractedQuote(words, Span(q.start, q.end), who, attribution.span, repeat_of))
        return quotes

    @staticmethod
    def _sole_speakers(
        doc: Doc, found: list[tuple[QuoteSpan, str, Attribution]]
    ) -> list[tuple[QuoteSpan, str, Attribution]]:
        """A bare title that speaks with no holder found is the one named person who speaks
        ("“...,” X said. ... “...,” the spokesperson said" -> X)."""
        people = list(doc._.tb_people or [])
        names = {p.name for p in people}
        titled = [a.speaker for _, _, a in found if a.speaker and is_bare_title(a.speaker, _TITLE_RE, names)]
        if not titled:
            return found
        orgs = {n for o in doc._.tb_orgs or [] for n in (o.name, *o.aliases)}
        speakers = {a.speaker for _, _, a in found if a.speaker and a.speaker not in titled}
        name = sole_speaker(flat_text(doc), people, speakers, orgs, _TITLE_RE)
        if name is None:
            return found
        held = {t for t in titled if holds_title(name, people, t)}
        return [(q, w, Attribution(name, a.span, a.how) if a.speaker in held else a) for q, w, a in found]

    # -- attributing -------------------------------------------------------------------------
    def _mentions(self, doc: Doc) -> list[Mention]:
        """(start, end, kind, canonical) for people, titles, organisations and pronouns."""
        found: list[Mention] = []
        text = flat_text(doc)
        people_named = {p.name for p in doc._.tb_people or []}
        for person in doc._.tb_people or []:
            for s in person.spans:
                found.append(fuller_name(text, s.start, s.end, person.name, people_named))
        for org in doc._.tb_orgs or []:
            kind = "government" if org.kind == "government" else "org"  # ranked last as a speaker
            found.extend((s.start, s.end, kind, org.name) for s in org.spans)
        people = sorted(found)
        spans = {p.name: p.spans for p in doc._.tb_people or []}
        for m in _TITLE_RE.finditer(text):
            name = resolve_person(doc, m.group()) or title_bearer(text, people, m.group(), m.start())[0]
            if name and not qualifier_fits(text, m.start(), m.group(), spans.get(name, [])):
                name = None  # "the interior minister" is not the foreign minister named before
            found.append((m.start(), m.end(), "title", name))
        for m in _PRONOUN_RE.finditer(text):
            found.append((m.start(), m.end(), "pronoun", None))
        found.sort()
        return found

    def _attribute(
        self,
        doc: Doc,
        q: QuoteSpan,
        mentions: list[Mention],
        prev: QuoteSpan | None,
        prev_speaker: tuple[str | None, Span | None],
    ) -> Attribution:
        text = flat_text(doc)
        after = text[q.close_end : q.para_end]
        # 0. a quoted predicate right after its named subject: "X “deeply regrets ...”"
        subject = subject_before(text, q.start, q.open_mark, self._people)
        if subject is not None:
            return Attribution(subject[0], subject[1], "pre")
        # 1. cue after the quotation, unless a new sentence starts there: `“...”. His brother said`
        # (the stop outside the marks) or `“... ended.” The spokesperson said the ...`
        last_char = text[q.start : q.end].rstrip()[-1:]
        # a full stop inside the marks ends the sentence when a capital follows: `“... chair.”
        # Iran's judiciary rejected ... and said`, `“... now.” According to X, ...` are new
        # sentences ("?"/"!" also close `“Why?” she asked`, so only a determiner counts there)
        ended = (
            NEW_SENTENCE_AFTER_RE.match(after) is not None
            or (last_char in {".", "!", "?"} and FRESH_SUBJECT_RE.match(after) is not None)
            or (last_char == "." and _CAPITAL_AFTER_RE.match(after) is not None)
        )
        m = None if ended else POST_VERB_FIRST_RE.match(after)
        if m:
            rest_start = q.close_end + m.end()
            stop = CLAUSE_END_RE.search(text, rest_start, q.para_end)
            rest_end = stop.start() if stop else q.para_end
            nxt = text.find("“", rest_start, rest_end)
            rest_end = nxt if nxt >= 0 else rest_end
            # "said the experts while presenting their findings to the Council": the
            # occasion is no part of the speaker
            occasion = _OCCASION_RE.search(text, rest_start, rest_end)
            rest_end = occasion.start() if occasion else rest_end
            who = named_speaker(doc, mentions, rest_start, rest_end, prev_speaker, self._quoted)
            if who[0]:
                return Attribution(who[0], who[1], "post")
        m = None if ended else POST_SUBJECT_FIRST_RE.match(after)
        first_word = (m.group("who").split() or [""])[0].lower() if m else ""
        # `“... at once.” Should the authorities act, the group said`: a new sentence's clause
        who_text = m.group("who") if m else ""
        new_sentence = text[q.start : q.end].rstrip()[-1:] in {".", "!", "?"} and "," in who_text
        if m and first_word not in FUNCTION_WORDS and not CUE_RE.search(m.group("who")) and not new_sentence:
            s = q.close_end + m.start("who")
            who = named_speaker(doc, mentions, s, s + len(m.group("who")), prev_speaker, self._quoted)
            if who[0]:
                return Attribution(who[0], who[1], "post")
        m = speaker_sentence(after) if ended else None  # `“... feet.” X, 41, told the commission.`
        if m:
            s = q.close_end + m.start("who")
            who = named_speaker(doc, mentions, s, m.end("who") + q.close_end, prev_speaker, self._quoted)
            if who[0] in {name for _, _, kind, name in mentions if kind == "person"}:
                return Attribution(who[0], who[1], "post")
        # a headline's `“...” - X` and a pull quote's caption `“...” X, Director at Y`: the name
        # speaks, one the model did not tag too when it looks like a person's
        m = HEADLINE_RE.match(after) or _CAPTION_RE.match(after)
        if m and not CUE_RE.search(m.group()):
            s = q.close_end + m.start("who")
            who = named_speaker(doc, mentions, s, s + len(m.group("who")), (None, None), self._quoted)
            named = who[0] in self._named(mentions) or (
                len(m.group("who").split()) > 1 and is_nameish(who[0] or "")
            )
            if who[0] and named:
                return Attribution(who[0], who[1], "post")
        # `“A,” says X, 39. “B.”`: the sentence before holds only the previous quotation's cue
        if prev is not None and after_cue(text, prev, q, prev_speaker[1]) and prev_speaker[0]:
            return Attribution(prev_speaker[0], prev_speaker[1], "continued")
        # 2. cue before the quotation
        clause_start = self._clause_start(text, q, prev)
        before = text[clause_start : q.open_mark]
        if not before.strip() and q.para_start > 0:
            prev_para_end = q.para_start - 1
            prev_para = text[:prev_para_end].rstrip()
            if prev_para.endswith(":"):
                clause_start = max(prev_para.rfind("\n") + 1, sentence_start(prev_para, len(prev_para) - 1))
                before = text[clause_start : len(prev_para)]
        what = WHAT_CALLED_RE.search(before)
        if what is not None:  # "after what his lawyer called “...”": the one who called it so
            s, e = clause_start + what.start("who"), clause_start + what.start("verb")
            who = named_speaker(doc, mentions, s, e, prev_speaker, self._quoted)
            if who[0]:
                return Attribution(who[0], who[1], "pre")
        # a cue word the parser reads as a noun ("reports of casualties were “...”") cues nothing
        # and "she was told that “...”" names only who heard the words
        cues = [
            c
            for c in CUE_RE.finditer(before)
            if not noun_cue(doc, clause_start + c.start()) and not hearer_cue(before, c)
        ]
        according = [a for a in _ACCORDING_RE.finditer(before) if not governed_clause(before, cues, a)]
        if according and (not cues or according[-1].start() > cues[-1].start()):
            s = clause_start + according[-1].end()
            comma = before.find(",", according[-1].end())
            # "according to the group's director, Jane Doe, “...”": the name set beside the role
            appos = APPOS_NAME_RE.match(before, comma + 1) if comma >= 0 else None
            comma = appos.end() if appos else comma
            e = clause_start + (comma if comma >= 0 else len(before))
            who = named_speaker(doc, mentions, s, e, prev_speaker, self._quoted)
            if who[0]:
                return Attribution(who[0], who[1], "pre")
        naming = NAMED_AS_RE.search(before)  # `X called the verdict “...”`: X's words
        if cues or naming or before.rstrip().endswith(":"):
            last = naming.start() if naming else cues[-1].start() if cues else len(before.rstrip()) - 1
            cue_at = clause_start + last
            if naming:  # "stated that five had died, describing them as": who stated
                cue_at = statement_verb_before(text, clause_start, cue_at) or cue_at
            who = cue_subject(doc, cue_at, clause_start, mentions, prev_speaker, self._quoted)
            if who[0]:
                return Attribution(who[0], who[1], "pre")
        # 3. continuity: the same speaker carries on ("“A,” said X, his title. “B.”")
        if prev is not None and prev_speaker[0]:
            between = text[prev.close_end : q.open_mark]
            same_para = prev.para_start == q.para_start
            # (or under the caption naming that speaker: `“A.”` / `X, Americas Director at Y` / `“B.”`)
            caption = before.strip().startswith(f"{prev_speaker[0]},") and "\n" not in before.strip()
            if (same_para and len(between) < 300 and not CUE_RE.search(before)) or (
                not same_para and (not before.strip() or (caption and not CUE_RE.search(before)))
            ):
                return Attribution(prev_speaker[0], prev_speaker[1], "continued")
        # 4. a statement's own author: `X, Secretary of State - “...`, or a comment under the
        # byline `By X, Spokesperson for ...` whose quotations name no one else
        author = statement_author(text, before, q.open_mark, self._named(mentions))
        if author is not None:
            return Attribution(author[0], author[1], "pre")
        # 5. a headline demand (`Country: “Free them now”`) speaks for whoever published the text
        if q.open_mark < 400 and is_headline_demand(text, q):
            return Attribution(_publisher(doc), None, "headline")
        return Attribution(None, None, "none")

    @staticmethod
    def _named(mentions: list[Mention]) -> set[str]:
        return {m[3] for m in mentions if m[3] and m[2] in ("person", "org")}

    @staticmethod
    def _clause_start(text: str, q: QuoteSpan, prev: QuoteSpan | None) -> int:
        start = sentence_start(text, q.open_mark, floor=q.para_start)
        if prev is not None and prev.para_start == q.para_start and prev.close_end > start:
            start = prev.close_end
        return start

    def set_annotations(self, doc: Doc, quotes: list[ExtractedQuote]) -> None:
        doc._.tb_quotes = quotes

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc


def _publisher(doc: Doc) -> str:
    """The publishing organisation's canonical name when the pipeline gives it, else the
    placeholder "publisher" that claims use too (resolved against the source when stored)."""
    given = doc._.tb_publisher
    if isinstance(given, str) and given.strip():
        return canonical_org_name(doc, given) or given.strip()
    return PUBLISHER


@Language.factory(
    "tallybook_quotes",
    default_config={"min_words": 4, "keep_unattributed": False},
    requires=["doc._.tb_people", "doc._.tb_orgs"],
    assigns=["doc._.tb_quotes"],
)
def make_quotes(nlp: Language, name: str, min_words: int, keep_unattributed: bool) -> QuoteFinder:
    return QuoteFinder(nlp, name, min_words, keep_unattributed)


def _full_name_of_given(speaker: str, people: set[str]) -> str:
    """The full name of the one person whose given name `speaker` is, when a text calls someone
    by given name alone ("Thaksin said" after "Thaksin Shinawatra"); `speaker` otherwise."""
    if " " in speaker or speaker in people:
        return speaker
    full = [p for p in people if p.startswith(speaker + " ")]
    return full[0] if len(full) == 1 else speaker
