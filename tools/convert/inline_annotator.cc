#include "inline_annotator.h"

#include <algorithm>
#include <cstdlib>
#include <optional>

#include "bracket_parser.h"
#include "note_classifier.h"
#include "text_util.h"

namespace teipress {
namespace {

constexpr char kBarrier = '\x01';

// Words or letters supplied by the editor: part of the sentence, names and dates run through them.
bool IsSupplied(NoteKind kind) {
  return kind == NoteKind::kSupplied || kind == NoteKind::kSuppliedInWord || kind == NoteKind::kSuppliedDate;
}

// A text run made where it is kept: an Inline moved into a vector moves each of its strings.
void AppendText(Inlines& runs, std::string_view text, Position at) {
  Inline& run = runs.emplace_back();
  run.text.assign(text.data(), text.size());
  run.position = at;
}

// The text of `run` from byte `from` on, made a text run where it is kept, as AppendText makes it:
// the run's own string is taken rather than copied (the rest of a run is mostly its longest piece,
// and a copy of it cost an allocation). The run's text is left empty.
void AppendRestOfText(Inlines& runs, Inline& run, size_t from) {
  run.text.erase(0, from);
  Inline& rest = runs.emplace_back();
  rest.text = std::move(run.text);
  run.text.clear();
  rest.position = run.position;
}

bool IsChoiceKind(NoteKind kind) {
  return kind == NoteKind::kPseudonym || kind == NoteKind::kAltRomanization || kind == NoteKind::kExpansion;
}

// Notes a name may run through: supplied letters and words (G[eorge] Macovescu, Mao [Zedong]) and
// an abbreviation with its expansion (Politburo of the CC BCP [...]), which counts as its
// abbreviation. A note whose name is already known (FILIPPOV [Stalin]) stands alone.
bool IsNameTransparent(const Inline& run) {
  if (run.type != Inline::Type::kNote) return false;
  if (IsSupplied(run.note_kind)) return true;
  return run.note_kind == NoteKind::kExpansion || (IsChoiceKind(run.note_kind) && run.base_ref.empty());
}

std::string FlatText(const Inline& run) {
  if (run.type == Inline::Type::kText) return run.text;
  if (IsSupplied(run.note_kind)) {
    return PrintedText(run.children);
  }
  return PrintedText(run.base);
}

void AnnotateDates(Inlines& inlines, const AnnotationContext& context) {
  // The dates of every run of the level in one vector kept from level to level (this is not
  // re-entered), with the runs that have some: a vector of dates per run cost an allocation for
  // every run with a date.
  struct RunWithDates {
    size_t index;      // of the run in `inlines`
    size_t dates_end;  // its dates end here in `dates`
  };
  thread_local std::vector<DateMatch> dates;
  thread_local std::vector<RunWithDates> runs_with_dates;
  dates.clear();
  runs_with_dates.clear();
  for (size_t i = 0; i < inlines.size(); ++i) {
    if (inlines[i].type != Inline::Type::kText) continue;
    const size_t dates_before = dates.size();
    FindDatesInto(inlines[i].text, context.dates, dates);
    if (dates.size() > dates_before) runs_with_dates.push_back({i, dates.size()});
  }
  if (dates.empty()) return;  // leave the runs where they are
  Inlines out;
  out.reserve(inlines.size() + 2 * dates.size());
  size_t next_run_with_dates = 0;
  size_t next_date = 0;
  for (size_t i = 0; i < inlines.size(); ++i) {
    Inline& run = inlines[i];
    if (run.type != Inline::Type::kText) {
      out.push_back(std::move(run));
      continue;
    }
    size_t at = 0;
    if (next_run_with_dates < runs_with_dates.size() && runs_with_dates[next_run_with_dates].index == i) {
      for (; next_date < runs_with_dates[next_run_with_dates].dates_end; ++next_date) {
        DateMatch& match = dates[next_date];
        if (match.begin > at) AppendText(out, std::string_view(run.text).substr(at, match.begin - at), run.position);
        Inline& date = out.emplace_back();
        date.type = Inline::Type::kDate;
        date.date = std::move(match.value);
        date.position = run.position;
        AppendText(date.children, std::string_view(run.text).substr(match.begin, match.end - match.begin), run.position);
        at = match.end;
      }
      ++next_run_with_dates;
    }
    if (at < run.text.size()) AppendRestOfText(out, run, at);
  }
  inlines = std::move(out);
}

// "2 [May]", "12 October [1958]", "[1 March] 1961", "17.VIII.[1961]": a date printed partly in a
// bracket the editor supplied. The date element spans the printed date with the supplied part in
// it; a supplied part that no date around it completes holds a date of its own (normalized when it
// is a whole date). Called for the levels that hold such a bracket (Annotate tells them as it goes
// through their runs).
void AnnotateSuppliedDates(Inlines& inlines, const AnnotationContext& context) {
  // How far a date may reach beyond the bracket: "12 September" before it, ", 1958" after it.
  constexpr size_t kReach = 24;
  Inlines out;
  out.reserve(inlines.size());
  for (size_t i = 0; i < inlines.size(); ++i) {
    Inline& run = inlines[i];
    if (run.type != Inline::Type::kNote || run.note_kind != NoteKind::kSuppliedDate) {
      out.push_back(std::move(run));
      continue;
    }
    Inline* before = !out.empty() && out.back().type == Inline::Type::kText ? &out.back() : nullptr;
    Inline* after = i + 1 < inlines.size() && inlines[i + 1].type == Inline::Type::kText ? &inlines[i + 1] : nullptr;
    const std::string inner = PrintedText(run.children);
    size_t from = before && before->text.size() > kReach ? before->text.size() - kReach : 0;
    while (before && from < before->text.size() && (static_cast<unsigned char>(before->text[from]) & 0xC0) == 0x80) ++from;
    const std::string head = before ? before->text.substr(from) : "";
    size_t to = after ? std::min(after->text.size(), kReach) : 0;
    while (after && to < after->text.size() && (static_cast<unsigned char>(after->text[to]) & 0xC0) == 0x80) ++to;
    const std::string tail = after ? after->text.substr(0, to) : "";
    const size_t note_begin = head.size(), note_end = note_begin + inner.size();
    std::optional<DateMatch> spanning;
    for (const DateMatch& match : FindDates(head + inner + tail, context.dates)) {
      if (match.begin <= note_begin && match.end >= note_end && (match.begin < note_begin || match.end > note_end)) {
        spanning = match;
      }
    }
    if (!spanning) {
      const bool holds_date = std::any_of(run.children.begin(), run.children.end(),
                                          [](const Inline& child) { return child.type == Inline::Type::kDate; });
      if (!holds_date) {
        Inline date;
        date.type = Inline::Type::kDate;
        date.position = run.position;
        date.children = std::move(run.children);
        run.children.clear();
        run.children.push_back(std::move(date));
      }
      out.push_back(std::move(run));
      continue;
    }
    Inline date;
    date.type = Inline::Type::kDate;
    date.date = spanning->value;
    date.position = run.position;
    if (spanning->begin < note_begin) {
      const size_t cut = from + spanning->begin;
      AppendText(date.children, std::string_view(before->text).substr(cut), before->position);
      before->text.erase(cut);
      if (before->text.empty()) out.pop_back();
    }
    date.children.push_back(std::move(run));
    if (spanning->end > note_end) {
      const size_t taken = spanning->end - note_end;
      AppendText(date.children, std::string_view(after->text).substr(0, taken), after->position);
      after->text.erase(0, taken);
    }
    out.push_back(std::move(date));
  }
  out.erase(std::remove_if(out.begin(), out.end(),
                           [](const Inline& r) { return r.type == Inline::Type::kText && r.text.empty(); }),
            out.end());
  inlines = std::move(out);
}

// Finds authority names in the text of one level of inlines, across transparent notes, and
// wraps each in a kName inline.
void AnnotateNames(Inlines& inlines, const Authority& authority) {
  struct Segment {
    size_t index, begin, end;
  };
  // Kept from level to level (this is not re-entered): building the joined text grew a new
  // string, reallocated several times, for every level with a note, and each search made a vector.
  thread_local std::string joined;
  thread_local std::vector<Segment> segments;
  thread_local std::vector<NameMatch> matches;
  joined.clear();
  segments.clear();
  std::string_view flat;
  if (inlines.size() == 1 && inlines[0].type == Inline::Type::kText) {
    // A level of one text run (most paragraphs without notes) is searched where it is.
    flat = inlines[0].text;
  } else {
    for (size_t i = 0; i < inlines.size(); ++i) {
      const Inline& run = inlines[i];
      const bool usable = run.type == Inline::Type::kText || IsNameTransparent(run);
      const size_t begin = joined.size();
      if (!usable) joined += kBarrier;
      else if (run.type == Inline::Type::kText) joined += run.text;  // not copied first (FlatText would)
      else joined += FlatText(run);
      segments.push_back({i, begin, joined.size()});
    }
    flat = joined;
  }
  authority.FindNamesInto(flat, matches);
  if (matches.empty()) return;
  if (segments.empty()) segments.push_back({0, 0, flat.size()});  // the one text run

  // Cut points: a match may start or end inside a text run, but must cover notes whole.
  auto segment_at = [&](size_t offset) {
    return std::upper_bound(segments.begin(), segments.end(), offset,
                            [](size_t value, const Segment& s) { return value < s.end; });
  };
  Inlines out;
  out.reserve(inlines.size() + 2 * matches.size());
  size_t next_segment = 0;
  size_t consumed_in_segment = 0;  // bytes of the current text segment already emitted
  auto emit_until = [&](size_t offset, Inlines& target) {
    while (next_segment < segments.size() && segments[next_segment].begin < offset) {
      const Segment& segment = segments[next_segment];
      Inline& run = inlines[segment.index];
      if (run.type == Inline::Type::kText) {
        const size_t stop = std::min(offset, segment.end) - segment.begin;
        if (stop == run.text.size() && stop > consumed_in_segment) {
          // The run's last piece takes its string. Nothing reads the run's text again: the segment
          // is done, and where `flat` is that text (one run) no match is left after its end.
          AppendRestOfText(target, run, consumed_in_segment);
        } else if (stop > consumed_in_segment) {
          AppendText(target, std::string_view(run.text).substr(consumed_in_segment, stop - consumed_in_segment),
                     run.position);
        }
        consumed_in_segment = stop;
        if (segment.begin + stop < segment.end) return;
      } else {
        target.push_back(std::move(run));
      }
      ++next_segment;
      consumed_in_segment = 0;
    }
  };
  for (const NameMatch& match : matches) {
    if (flat.find(kBarrier, match.begin) < match.end) continue;
    auto first = segment_at(match.begin);
    auto last = segment_at(match.end - 1);
    if (first == segments.end() || last == segments.end()) continue;
    const bool starts_ok = inlines[first->index].type == Inline::Type::kText || first->begin == match.begin;
    const bool ends_ok = inlines[last->index].type == Inline::Type::kText || last->end == match.end;
    if (!starts_ok || !ends_ok) continue;
    if (static_cast<size_t>(first - segments.begin()) < next_segment) continue;  // overlaps what was emitted
    const Inline& only = inlines[first->index];
    const bool lone_supplied = first == last && only.type == Inline::Type::kNote &&
                               IsSupplied(only.note_kind);
    if (lone_supplied) continue;  // the name is linked inside the supplied words
    emit_until(match.begin, out);
    // Made in place: `out` gains nothing else until its runs are in.
    Inline& name = out.emplace_back();
    name.type = Inline::Type::kName;
    name.name_kind = match.entry->kind;
    name.ref = match.entry->id;
    name.position = inlines[first->index].position;
    emit_until(match.end, name.children);
  }
  emit_until(flat.size() + 1, out);
  out.erase(std::remove_if(out.begin(), out.end(),
                           [](const Inline& r) { return r.type == Inline::Type::kText && r.text.empty(); }),
            out.end());
  inlines = std::move(out);
}

// Whether the inline stands for a whole bracket printed after the text (and so attaches to the
// text before it): notes, gaps, incidents and footnote markers.
bool AttachesToPrecedingText(const Inline& run) {
  if (run.type == Inline::Type::kFootnote) return true;
  if (run.type != Inline::Type::kNote) return false;
  switch (run.note_kind) {
    case NoteKind::kSupplied:
    case NoteKind::kSuppliedDate:
    case NoteKind::kSuppliedInWord:
    case NoteKind::kPseudonym:
    case NoteKind::kAltRomanization:
    case NoteKind::kExpansion:
    case NoteKind::kUncertain: return false;
    case NoteKind::kSic: return run.base.empty();
    default: return true;
  }
}

// "15 percent [sic]", "A. N. Vereshchagin [?]", "Jeong Jun-gi [Jong Jun Gi] [sic]": the reading
// the note qualifies is the name, choice or word group right before it.
void AttachQualifiers(Inlines& inlines) {
  for (size_t i = 0; i < inlines.size(); ++i) {
    Inline& note = inlines[i];
    if (note.type != Inline::Type::kNote || !note.base.empty()) continue;
    const bool uncertain = note.note_kind == NoteKind::kUncertain;
    const bool sic = note.note_kind == NoteKind::kSic;
    if (!uncertain && !sic) continue;
    const std::string content = note.text;
    const bool plain_sic = content == "sic" || content == "sic!";
    const bool explanation = sic && !plain_sic;
    if (i == 0) continue;
    // The element right before, after one space.
    size_t previous = i - 1;
    bool spaced = false;
    if (inlines[previous].type == Inline::Type::kText && inlines[previous].text == " " && previous > 0) {
      spaced = true;
      --previous;
    }
    Inline& before = inlines[previous];
    const bool qualified_element =
        before.type == Inline::Type::kName ||
        (before.type == Inline::Type::kNote && IsChoiceKind(before.note_kind) && !explanation);
    if (qualified_element && (spaced || previous + 1 == i)) {
      if (explanation) continue;
      // "KPK [Kampuchean ...][sic]": no space before the bracket is recorded, as for a word, or
      // the text form would print one.
      note.glued = !spaced;
      // Emptied runs are dropped in one pass below: erasing here would make many qualifiers in
      // one paragraph quadratic.
      note.base.push_back(std::move(before));
      before = Inline::Text("");
      if (spaced) inlines[previous + 1] = Inline::Text("");
      continue;
    }
    if (before.type != Inline::Type::kText) continue;
    std::string& text = before.text;
    if (text.size() < 2 || text.back() != ' ' || text[text.size() - 2] == ' ') continue;
    size_t end = text.size() - 1;
    // An explanation after sentence punctuation qualifies nothing in particular.
    if (explanation && !IsLetterOrNonAscii(text[end - 1])) continue;
    size_t begin = end;
    while (begin > 0 && text[begin - 1] != ' ') --begin;
    // A number and its unit read together: "15 percent".
    if (sic && begin >= 2 && IsDigit(text[begin - 2])) {
      size_t number = begin - 1;
      while (number > 0 && text[number - 1] != ' ') --number;
      bool numeric = true;
      for (size_t k = number; k < begin - 1; ++k) numeric = numeric && (IsDigit(text[k]) || text[k] == ',' || text[k] == '.');
      if (numeric) begin = number;
    }
    AppendText(note.base, std::string_view(text).substr(begin, end - begin), before.position);
    text.erase(begin);
  }
  inlines.erase(std::remove_if(inlines.begin(), inlines.end(),
                               [](const Inline& r) { return r.type == Inline::Type::kText && r.text.empty(); }),
                inlines.end());
}

// Renderers print the space before a bracket again only after printed text: a space that opens
// a note's words ("[ [Translator's Note: ...]]") or a line must stay, or the round trip loses it.
bool SpaceFollowsPrintedText(const Inlines& inlines, size_t text_index) {
  const std::string& text = inlines[text_index].text;
  if (text.size() >= 2) return text[text.size() - 2] != ' ' && text[text.size() - 2] != '\n';
  return text_index > 0 && inlines[text_index - 1].type != Inline::Type::kLineBreak;
}

// A note sits directly after the text it belongs to: the one space printed before the bracket is
// dropped (and printed again by renderers); where the source had no space the note is glued.
void AttachNotes(Inlines& inlines) {
  for (size_t i = 0; i < inlines.size(); ++i) {
    Inline& run = inlines[i];
    if (!AttachesToPrecedingText(run)) continue;
    run.glued = false;
    if (i == 0) continue;
    Inline& before = inlines[i - 1];
    if (before.type == Inline::Type::kText) {
      if (!before.text.empty() && before.text.back() == ' ') {
        if (SpaceFollowsPrintedText(inlines, i - 1)) before.text.pop_back();
      } else if (!before.text.empty() && before.text.back() != '\n') {
        run.glued = true;
      }
    } else if (before.type != Inline::Type::kLineBreak) {
      run.glued = true;
    }
  }
  inlines.erase(std::remove_if(inlines.begin(), inlines.end(),
                               [](const Inline& r) { return r.type == Inline::Type::kText && r.text.empty(); }),
                inlines.end());
}

// "[day left blank] March 1966": the blank belongs to the date it leaves incomplete.
void MoveBlanksIntoDates(Inlines& inlines) {
  for (size_t i = 0; i + 2 < inlines.size(); ++i) {
    const Inline& note = inlines[i];
    const bool blank = note.type == Inline::Type::kNote && note.note_kind == NoteKind::kEditorial &&
                       IsBlankDatePart(note.text);
    if (!blank || inlines[i + 1].type != Inline::Type::kText || inlines[i + 1].text != " " ||
        inlines[i + 2].type != Inline::Type::kDate) {
      continue;
    }
    // Only a blank that stands apart ("Hanoi, [day left blank]"): one glued to a word stays put.
    const bool apart = i == 0 || (inlines[i - 1].type == Inline::Type::kText && !inlines[i - 1].text.empty() &&
                                  inlines[i - 1].text.back() == ' ');
    if (!apart) continue;
    Inline& date = inlines[i + 2];
    date.children.insert(date.children.begin(), Inline::Text(" ", note.position));
    // The date now opens with the bracket: it attaches to the text before it, like the note did.
    if (i > 0 && inlines[i - 1].type == Inline::Type::kText && !inlines[i - 1].text.empty() &&
        inlines[i - 1].text.back() == ' ') {
      inlines[i - 1].text.pop_back();
    }
    date.children.insert(date.children.begin(), std::move(inlines[i]));
    inlines.erase(inlines.begin() + i, inlines.begin() + i + 2);
  }
}

// "(redacted)": the archive's redaction printed in parentheses rather than brackets.
void MarkParenthesizedRedactions(Inlines& inlines) {
  static constexpr std::string_view kMark = "(redacted)";
  const bool any = std::any_of(inlines.begin(), inlines.end(), [](const Inline& run) {
    return run.type == Inline::Type::kText && run.text.find(kMark) != std::string::npos;
  });
  if (!any) return;
  Inlines out;
  for (Inline& run : inlines) {
    if (run.type != Inline::Type::kText || run.text.find(kMark) == std::string::npos) {
      out.push_back(std::move(run));
      continue;
    }
    size_t at = 0;
    for (size_t found = run.text.find(kMark); found != std::string::npos; found = run.text.find(kMark, at)) {
      if (found > at) AppendText(out, std::string_view(run.text).substr(at, found - at), run.position);
      Inline gap;
      gap.type = Inline::Type::kNote;
      gap.note_kind = NoteKind::kRedaction;
      gap.text = "redacted";
      gap.printed = "paren";
      gap.position = run.position;
      AppendText(gap.children, "redacted", run.position);
      out.push_back(std::move(gap));
      at = found + kMark.size();
    }
    if (at < run.text.size()) AppendText(out, std::string_view(run.text).substr(at), run.position);
  }
  inlines = std::move(out);
}

void Annotate(Inlines& inlines, const AnnotationContext& context, bool link_names) {
  bool has_supplied_date = false;  // most levels hold none: they are not searched for one again
  for (Inline& run : inlines) {
    if (run.type == Inline::Type::kFootnote) {
      Annotate(run.children, context, true);
    } else if (run.type == Inline::Type::kNote) {
      has_supplied_date = has_supplied_date || run.note_kind == NoteKind::kSuppliedDate;
      // Inside an expansion, a regularized name or an original-language term no name is linked:
      // the element around them carries the reference.
      const bool opaque = IsChoiceKind(run.note_kind) || run.note_kind == NoteKind::kOriginalTerm;
      Annotate(run.children, context, link_names && !opaque);
    }
  }
  MarkParenthesizedRedactions(inlines);  // makes redaction notes only
  if (has_supplied_date) AnnotateSuppliedDates(inlines, context);
  AnnotateDates(inlines, context);
  if (link_names && context.authority && context.link_names) AnnotateNames(inlines, *context.authority);
  AttachQualifiers(inlines);
  MoveBlanksIntoDates(inlines);
}

void Attach(Inlines& inlines) {
  for (Inline& run : inlines) {
    if (run.type == Inline::Type::kNote || run.type == Inline::Type::kFootnote || run.type == Inline::Type::kName ||
        run.type == Inline::Type::kDate) {
      Attach(run.children);
    }
  }
  AttachNotes(inlines);
}

}  // namespace

void AnnotateInlines(Inlines& inlines, const AnnotationContext& context) {
  Annotate(inlines, context, true);
  Attach(inlines);
}

void FootnoteLinker::AddText(std::string label, Inlines text, Position position, FootnoteLabel style) {
  notes_.push_back({std::move(label), std::move(text), position, style, notes_.size(), false});
}

FootnoteLinker::ListedNote* FootnoteLinker::Take(const std::string& label) {
  for (ListedNote& note : notes_) {
    if (!note.used && note.label == label) {
      note.used = true;
      return &note;
    }
  }
  return nullptr;
}

bool FootnoteLinker::ListedOutOfOrder() const {
  for (size_t k = 1; k < notes_.size(); ++k) {
    if (std::atoi(notes_[k].label.c_str()) <= std::atoi(notes_[k - 1].label.c_str())) return true;
  }
  return false;
}

std::vector<FootnoteLinker::ListedNote*> FootnoteLinker::Unused() {
  std::vector<ListedNote*> unused;
  for (ListedNote& note : notes_) {
    if (!note.used) unused.push_back(&note);
  }
  return unused;
}

void FootnoteLinker::Link(Inlines& inlines) {
  auto is_empty_text = [](const Inline& r) { return r.type == Inline::Type::kText && r.text.empty(); };
  if (std::all_of(notes_.begin(), notes_.end(), [](const ListedNote& note) { return note.used; })) {
    // No listed note is left to link (most documents have none): only the empty text runs go,
    // without moving every run into a new vector.
    for (Inline& run : inlines) {
      if (run.type == Inline::Type::kNote) Link(run.children);
    }
    inlines.erase(std::remove_if(inlines.begin(), inlines.end(), is_empty_text), inlines.end());
    return;
  }
  const bool out_of_order = ListedOutOfOrder();
  auto make_footnote = [&](ListedNote& listed, FootnoteMarker marker, Position at) {
    Inline footnote;
    footnote.type = Inline::Type::kFootnote;
    footnote.label = listed.label;
    footnote.marker = marker;
    footnote.listed_as = listed.style;
    footnote.by_translator = by_translator;
    footnote.position = at;
    footnote.children = std::move(listed.text);
    if (out_of_order) footnote.printed = "listed-" + std::to_string(listed.listed_at + 1);
    return footnote;
  };
  Inlines out;
  out.reserve(inlines.size());
  for (size_t i = 0; i < inlines.size(); ++i) {
    Inline& run = inlines[i];
    if (run.type == Inline::Type::kNote && run.note_kind == NoteKind::kFootnoteRef) {
      if (ListedNote* listed = Take(run.text)) {
        out.push_back(make_footnote(*listed, FootnoteMarker::kBracket, run.position));
        continue;
      }
    }
    if (run.type == Inline::Type::kText) {
      // "(1)" right after a word or sentence: a footnote marker when a note with that label exists.
      std::string& text = run.text;
      size_t start = 0;
      // Parentheses are rare in running text: found by a search, not looked for at every byte.
      for (size_t k = text.size() > 1 ? text.find('(', 1) : std::string::npos; k != std::string::npos && k + 2 < text.size();
           k = text.find('(', k + 1)) {
        const char previous = text[k - 1];
        const bool after_word = IsLetterOrNonAscii(previous) || IsDigit(previous) || previous == '.' || previous == ',' ||
                                previous == ')' || previous == '"' || previous == ';';
        if (!after_word) continue;
        size_t j = k + 1;
        while (j < text.size() && IsDigit(text[j])) ++j;
        if (j == k + 1 || j - k - 1 > 3 || j >= text.size() || text[j] != ')') continue;
        ListedNote* listed = Take(text.substr(k + 1, j - k - 1));
        if (!listed) continue;
        AppendText(out, std::string_view(text).substr(start, k - start), run.position);
        out.push_back(make_footnote(*listed, FootnoteMarker::kParen, run.position));
        start = j + 1;
        k = j;
      }
      if (start > 0) {
        if (start < text.size()) AppendText(out, std::string_view(text).substr(start), run.position);
        continue;
      }
    }
    if (run.type == Inline::Type::kNote) Link(run.children);
    out.push_back(std::move(run));
  }
  out.erase(std::remove_if(out.begin(), out.end(), is_empty_text), out.end());
  inlines = std::move(out);
}

}  // namespace teipress
