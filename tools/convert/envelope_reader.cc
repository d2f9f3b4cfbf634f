#include "envelope_reader.h"

#include <algorithm>
#include <cctype>
#include <array>
#include <string_view>

#include "date_recognizer.h"
#include "text_util.h"
#include "diagnostic_catalog.h"

namespace teipress {
namespace {

enum class SectionKind { kCitation, kSummary, kCredits, kOriginalLanguage, kContents, kOther, kNone };

// The section headings of the export. Other "Word:" lines inside the header are kept verbatim
// as other sections only when they sit where a section may start.
SectionKind HeadingKind(std::string_view line) {
  const std::string_view text = TrimWhitespace(line);
  if (text.size() < 2 || text.back() != ':') return SectionKind::kNone;
  const std::string_view name = text.substr(0, text.size() - 1);
  if (name == "Citation") return SectionKind::kCitation;
  if (name == "Summary") return SectionKind::kSummary;
  if (name == "Credits") return SectionKind::kCredits;
  if (name == "Original Language" || name == "Original Languages" || name == "Original language" ||
      name == "Language" || name == "Languages") {
    return SectionKind::kOriginalLanguage;
  }
  if (name == "Contents") return SectionKind::kContents;
  static constexpr std::array<std::string_view, 9> kOtherHeadings = {
      "Keywords", "Subjects Discussed", "Associated People & Organizations", "Associated Places",
      "Related Documents", "Authors", "Author", "Donors", "Record ID"};
  if (std::find(kOtherHeadings.begin(), kOtherHeadings.end(), name) != kOtherHeadings.end()) return SectionKind::kOther;
  return SectionKind::kNone;
}

// "<http://digitalarchive.wilsoncenter.org/document/113009>": the archive's address of the record,
// which ends in the record's number. Another address in angle brackets is text of the citation.
bool IsArchiveUrlLine(std::string_view line) {
  if (line.size() < 3 || line.front() != '<' || line.back() != '>') return false;
  const std::string_view url = line.substr(1, line.size() - 2);
  if (!StartsWith(url, "http://") && !StartsWith(url, "https://")) return false;
  // Only the characters a URI may hold (RFC 3986, without the brackets of an IPv6 host): the
  // address becomes idno[@type='URI'], which the schemas check as xsd:anyURI.
  static constexpr std::string_view kUriPunctuation = "-._~:/?#@!$&'()*+,;=%";
  for (size_t k = 0; k < url.size(); ++k) {
    const char c = url[k];
    const bool allowed = IsAsciiLetter(c) || IsDigit(c) || kUriPunctuation.find(c) != std::string_view::npos;
    if (!allowed) return false;
    if (c == '%' && (k + 2 >= url.size() || !std::isxdigit(static_cast<unsigned char>(url[k + 1])) ||
                                     !std::isxdigit(static_cast<unsigned char>(url[k + 2])))) return false;
  }
  const std::string_view last_segment = url.substr(url.rfind('/') + 1);
  return !last_segment.empty() && std::all_of(last_segment.begin(), last_segment.end(), IsDigit);
}

// The languages a phrase names, in order and each once: "Russian" and also "Russian and Mongolian",
// "Hungarian, English", "Polish (with passages in Russian)", "Original in German".
std::vector<std::pair<std::string, std::string>> LanguagesNamed(std::string_view text) {
  std::vector<std::pair<std::string, std::string>> languages;
  const std::string whole(TrimWhitespace(text));
  if (const std::string code = LanguageCode(whole); !code.empty()) return {{whole, code}};
  size_t k = 0;
  while (k < text.size()) {
    while (k < text.size() && !(IsAsciiLetter(text[k]) || text[k] == '-')) ++k;
    size_t end = k;
    while (end < text.size() && (IsAsciiLetter(text[end]) || text[end] == '-')) ++end;
    const std::string word(text.substr(k, end - k));
    const std::string code = word.empty() ? "" : LanguageCode(word);
    const bool seen = std::any_of(languages.begin(), languages.end(), [&](const auto& l) { return l.second == code; });
    if (!code.empty() && !seen) languages.push_back({word, code});
    k = end;
  }
  return languages;
}

// "..., Translated from the Spanish by Maria Gómez.": the original language a citation names when
// the export has no Original Language section.
std::vector<std::pair<std::string, std::string>> LanguageOfTranslation(std::string_view citation) {
  const std::string lower = AsciiLower(citation);
  for (std::string_view phrase : {"translated from the ", "translated from ", "translation from the ",
                                  "translation from "}) {
    const size_t at = lower.find(phrase);
    if (at == std::string::npos) continue;
    // The language is the next word: "from the Spanish", "from Polish by".
    const std::string_view rest = citation.substr(at + phrase.size());
    const size_t end = rest.find_first_of(" ,.;:()");
    const std::string word(rest.substr(0, end));
    if (const std::string code = LanguageCode(word); !code.empty()) return {{word, code}};
    return {};
  }
  return {};
}

// Puts a section's text into its field of the envelope (moved there: it is the one copy).
void StoreSection(SectionKind kind, const std::string& name, std::string text, std::string url, Position at,
                  const std::string& file, Envelope& envelope, std::vector<Diagnostic>& diagnostics) {
  switch (kind) {
    case SectionKind::kCitation:
      envelope.citation = std::move(text);
      envelope.citation_position = at;
      envelope.url = std::move(url);
      break;
    case SectionKind::kSummary: envelope.summary = std::move(text); break;
    case SectionKind::kCredits: envelope.credits = std::move(text); break;
    case SectionKind::kOriginalLanguage: {
      const std::string& language = envelope.original_language.emplace(std::move(text));
      envelope.original_languages = LanguagesNamed(language);
      envelope.language_code = envelope.original_languages.empty() ? "" : envelope.original_languages.front().second;
      if (envelope.language_code.empty()) {
        diagnostics.push_back({file, at.line, at.column, Severity::kWarning,
                               "unknown original language '" + language +
                                   "'; no language code recorded. Add it to the language table or fix the name",
                               rules::kConvertUnknownLanguage});
      }
      break;
    }
    case SectionKind::kOther:
      // The citation's URL line belongs to a repeated citation too.
      if (!url.empty()) text.append("\n<").append(url).append(">");
      envelope.other_sections.push_back({name, std::move(text), at});
      break;
    default: break;
  }
}

// The record id is the number at the end of the archive URL, else the file name.
void SetRecordId(const std::string& fallback_record_id, const std::string& file, Envelope& envelope,
                 std::vector<Diagnostic>& diagnostics) {
  envelope.record_id = envelope.url.empty() ? fallback_record_id : envelope.url.substr(envelope.url.rfind('/') + 1);
  if (envelope.url.empty()) {
    diagnostics.push_back({file, envelope.citation_position.line, 0, Severity::kWarning,
                           "no archive URL after the citation; the record id '" + envelope.record_id +
                               "' comes from the file name",
                           rules::kConvertMissingUrl});
  }
}

}  // namespace

std::string LanguageCode(const std::string& language_name) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 58> kLanguages = {{
      {"albanian", "sq"}, {"arabic", "ar"}, {"bulgarian", "bg"}, {"chinese", "zh"}, {"croatian", "hr"},
      {"czech", "cs"}, {"dutch", "nl"}, {"english", "en"}, {"estonian", "et"}, {"finnish", "fi"},
      {"french", "fr"}, {"german", "de"}, {"greek", "el"}, {"hebrew", "he"}, {"hindi", "hi"},
      {"hungarian", "hu"}, {"italian", "it"}, {"japanese", "ja"}, {"korean", "ko"}, {"latvian", "lv"},
      {"lithuanian", "lt"}, {"mongolian", "mn"}, {"persian", "fa"}, {"farsi", "fa"}, {"polish", "pl"},
      {"portuguese", "pt"}, {"romanian", "ro"}, {"russian", "ru"}, {"serbian", "sr"}, {"slovak", "sk"},
      {"slovenian", "sl"}, {"spanish", "es"}, {"swedish", "sv"}, {"turkish", "tr"}, {"ukrainian", "uk"},
      {"vietnamese", "vi"}, {"serbo-croatian", "sh"}, {"macedonian", "mk"}, {"belarusian", "be"}, {"urdu", "ur"},
      {"norwegian", "no"}, {"danish", "da"}, {"icelandic", "is"}, {"armenian", "hy"}, {"georgian", "ka"},
      {"azerbaijani", "az"}, {"kazakh", "kk"}, {"uzbek", "uz"}, {"indonesian", "id"}, {"malay", "ms"},
      {"thai", "th"}, {"khmer", "km"}, {"lao", "lo"}, {"burmese", "my"}, {"bengali", "bn"}, {"swahili", "sw"},
      {"amharic", "am"}, {"catalan", "ca"},
  }};
  // Folded into a buffer, not a string: the note classifier asks this of every word of many notes,
  // and the longest name ("serbo-croatian") has fourteen letters.
  const std::string_view trimmed = TrimWhitespace(language_name);
  char folded[16];
  if (trimmed.size() > sizeof folded) return "";
  for (size_t i = 0; i < trimmed.size(); ++i) {
    const char c = trimmed[i];
    folded[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  const std::string_view name(folded, trimmed.size());
  for (const auto& [known, code] : kLanguages) {
    if (name == known) return std::string(code);
  }
  return "";
}

EnvelopeReadResult ReadEnvelope(const SourceText& source, const std::string& fallback_record_id,
                                std::vector<Diagnostic>& diagnostics) {
  EnvelopeReadResult result;
  Envelope& envelope = result.envelope;
  const std::vector<std::string_view> lines = source.Lines();
  const std::string& file = source.file_name();
  size_t i = 0;
  auto skip_blank = [&] {
    while (i < lines.size() && TrimWhitespace(lines[i]).empty()) ++i;
  };
  auto column_of_text = [&](size_t line) {
    const std::string_view text = lines[line];
    const size_t first = text.find_first_not_of(" \t");
    return first == std::string_view::npos ? 1 : static_cast<int>(first) + 1;
  };

  skip_blank();
  if (i < lines.size()) {
    if (auto date = ParseDateLine(lines[i])) {
      envelope.date_line = std::string(TrimWhitespace(lines[i]));
      envelope.date = *date;
      envelope.date_position = {static_cast<int>(i) + 1, column_of_text(i)};
      ++i;
      skip_blank();
    }
  }
  if (i < lines.size() && HeadingKind(lines[i]) == SectionKind::kNone) {
    envelope.title = std::string(TrimWhitespace(lines[i]));
    envelope.title_position = {static_cast<int>(i) + 1, column_of_text(i)};
    ++i;
  } else {
    diagnostics.push_back({file, i < lines.size() ? static_cast<int>(i) + 1 : 0, 1, Severity::kWarning,
                           "no title line before the first section; the document gets an empty title",
                           rules::kConvertMissingTitle});
  }

  bool saw_citation = false;
  while (true) {
    skip_blank();
    if (i >= lines.size()) break;
    SectionKind kind = HeadingKind(lines[i]);
    if (kind == SectionKind::kNone) break;  // the body starts here
    const std::string_view heading = TrimWhitespace(lines[i]);
    const std::string& name = envelope.section_order.emplace_back(heading.substr(0, heading.size() - 1));
    // A section printed twice keeps its first text in the field, the others verbatim.
    const bool repeated = std::count(envelope.section_order.begin(), envelope.section_order.end() - 1, name) > 0;
    if (repeated) kind = SectionKind::kOther;
    const int heading_line = static_cast<int>(i) + 1;
    ++i;
    skip_blank();
    if (kind == SectionKind::kContents) {
      while (i < lines.size() && StartsWith(TrimWhitespace(lines[i]), "- ")) {
        envelope.contents.push_back(std::string(TrimWhitespace(TrimWhitespace(lines[i]).substr(2))));
        ++i;
      }
      if (envelope.contents.empty()) {
        diagnostics.push_back({file, heading_line, 1, Severity::kWarning,
                               "the Contents section has no '- ' entries", rules::kConvertEmptyContents});
      }
      continue;
    }
    // One paragraph: the consecutive non-empty lines [paragraph_begin, paragraph_end).
    const size_t paragraph_begin = i;
    size_t paragraph_length = 0;  // (its lines' bytes: what the text needs, the spaces between them at most)
    while (i < lines.size() && !TrimWhitespace(lines[i]).empty() && HeadingKind(lines[i]) == SectionKind::kNone) {
      paragraph_length += lines[i].size() + 1;
      ++i;
    }
    const size_t paragraph_end = i;
    std::string text;
    text.reserve(paragraph_length);
    std::string url;
    for (size_t line = paragraph_begin; line < paragraph_end; ++line) {
      // (A view: the paragraph's text is the one copy.)
      const std::string_view value = TrimWhitespace(lines[line]);
      // The archive's URL closes the citation paragraph; anywhere else it is just text.
      const bool last_line = line + 1 == paragraph_end;
      if (kind == SectionKind::kCitation && last_line && IsArchiveUrlLine(value)) {
        url = std::string(value.substr(1, value.size() - 2));
        continue;
      }
      if (!text.empty()) text += ' ';
      text += value;
    }
    const Position at = paragraph_begin == paragraph_end
                            ? Position{heading_line, 1}
                            : Position{static_cast<int>(paragraph_begin) + 1, column_of_text(paragraph_begin)};
    saw_citation = saw_citation || kind == SectionKind::kCitation;
    StoreSection(kind, name, std::move(text), std::move(url), at, file, envelope, diagnostics);
  }
  if (!saw_citation) {
    diagnostics.push_back({file, envelope.title_position.line, 0, Severity::kWarning,
                           "no Citation section: the archival sources are unknown", rules::kConvertMissingCitation});
  }
  if (!envelope.original_language) {
    envelope.original_languages = LanguageOfTranslation(envelope.citation);
    if (!envelope.original_languages.empty()) envelope.language_code = envelope.original_languages.front().second;
    if (envelope.original_languages.empty()) {
      diagnostics.push_back({file, envelope.title_position.line, 0, Severity::kWarning,
                             "no Original Language section: only English (the text as given) is recorded",
                             rules::kConvertMissingOriginalLanguage});
    }
  }
  SetRecordId(fallback_record_id, file, envelope, diagnostics);

  result.body.reserve(lines.size() - i);
  for (; i < lines.size(); ++i) result.body.push_back({lines[i], static_cast<int>(i) + 1});
  return result;
}

}  // namespace teipress
