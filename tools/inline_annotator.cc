#include "inline_annotator.h"

#include <algorithm>

namespace teipress {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
}

struct Span {
  size_t begin, end;
  Inline run;
};

Inlines AnnotateText(const Inline& text_run, const AnnotationContext& context) {
  const std::string& text = text_run.text;
  std::vector<Span> spans;
  for (const DateMatch& match : FindDates(text, context.dates)) {
    Inline date;
    date.type = Inline::Type::kDate;
    date.date = match.value;
    date.children.push_back(Inline::Text(text.substr(match.begin, match.end - match.begin)));
    spans.push_back({match.begin, match.end, std::move(date)});
  }
  if (context.authority && context.link_names) {
    for (const NameMatch& match : context.authority->FindNames(text)) {
      const bool overlaps = std::any_of(spans.begin(), spans.end(), [&](const Span& s) {
        return match.begin < s.end && s.begin < match.end;
      });
      if (overlaps) continue;
      Inline name;
      name.type = Inline::Type::kName;
      name.name_kind = match.entry->kind;
      name.ref = match.entry->id;
      name.children.push_back(Inline::Text(text.substr(match.begin, match.end - match.begin)));
      spans.push_back({match.begin, match.end, std::move(name)});
    }
  }
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  Inlines out;
  size_t at = 0;
  for (Span& span : spans) {
    if (span.begin > at) out.push_back(Inline::Text(text.substr(at, span.begin - at), text_run.position));
    out.push_back(std::move(span.run));
    at = span.end;
  }
  if (at < text.size()) out.push_back(Inline::Text(text.substr(at), text_run.position));
  return out;
}

}  // namespace

void AnnotateInlines(Inlines& inlines, const AnnotationContext& context) {
  Inlines out;
  out.reserve(inlines.size());
  for (Inline& run : inlines) {
    if (run.type == Inline::Type::kText) {
      for (Inline& piece : AnnotateText(run, context)) out.push_back(std::move(piece));
      continue;
    }
    // A name the note already identifies (FILIPPOV [Stalin]) is not linked a second time inside.
    const bool already_named = run.type == Inline::Type::kNote && !run.base_ref.empty();
    if ((run.type == Inline::Type::kNote || run.type == Inline::Type::kFootnote) && !already_named) {
      AnnotateInlines(run.children, context);
    }
    out.push_back(std::move(run));
  }
  inlines = std::move(out);
}

void FootnoteLinker::Link(Inlines& inlines) {
  Inlines out;
  for (size_t i = 0; i < inlines.size(); ++i) {
    Inline& run = inlines[i];
    if (run.type == Inline::Type::kNote && run.note_kind == NoteKind::kFootnoteRef) {
      std::string label = run.text;
      auto found = texts.find(label);
      if (found != texts.end()) {
        Inline footnote;
        footnote.type = Inline::Type::kFootnote;
        footnote.label = label;
        footnote.marker_style = "bracket";
        footnote.glued = run.glued;
        footnote.position = run.position;
        footnote.children = std::move(found->second);
        texts.erase(found);
        out.push_back(std::move(footnote));
        continue;
      }
    }
    if (run.type == Inline::Type::kText) {
      // "(1)" glued to a word: a footnote marker when a note with that label exists.
      std::string& text = run.text;
      size_t start = 0;
      for (size_t k = 1; k + 2 < text.size(); ++k) {
        const char previous = text[k - 1];
        const bool after_word = IsLetter(previous) || IsDigit(previous) || previous == '.' || previous == ',' ||
                                previous == ')' || previous == '"' || previous == ';';
        if (text[k] != '(' || !after_word) continue;
        size_t j = k + 1;
        while (j < text.size() && IsDigit(text[j])) ++j;
        if (j == k + 1 || j - k - 1 > 3 || j >= text.size() || text[j] != ')') continue;
        const std::string label = text.substr(k + 1, j - k - 1);
        auto found = texts.find(label);
        if (found == texts.end()) continue;
        out.push_back(Inline::Text(text.substr(start, k - start), run.position));
        Inline footnote;
        footnote.type = Inline::Type::kFootnote;
        footnote.label = label;
        footnote.marker_style = "paren";
        footnote.glued = true;
        footnote.position = run.position;
        footnote.children = std::move(found->second);
        texts.erase(found);
        out.push_back(std::move(footnote));
        start = j + 1;
        k = j;
      }
      if (start > 0) {
        if (start < text.size()) out.push_back(Inline::Text(text.substr(start), run.position));
        continue;
      }
    }
    if (run.type == Inline::Type::kNote) Link(run.children);
    out.push_back(std::move(run));
  }
  // Drop empty text runs left by splitting.
  out.erase(std::remove_if(out.begin(), out.end(),
                           [](const Inline& r) { return r.type == Inline::Type::kText && r.text.empty(); }),
            out.end());
  inlines = std::move(out);
}

std::vector<std::string> FootnoteLinker::Unused() const {
  std::vector<std::string> labels;
  for (const auto& [label, text] : texts) labels.push_back(label);
  return labels;
}

}  // namespace teipress
