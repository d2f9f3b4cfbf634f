#include "structure_builder.h"

#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <string_view>

#include "block_reader.h"
#include "bracket_parser.h"
#include "date_recognizer.h"
#include "english_lexicon.h"
#include "note_classifier.h"
#include "name_words.h"
#include "source_text.h"
#include "text_util.h"

namespace teipress {
namespace {



std::string BlockText(const Block& block) { return PrintedText(block.content); }

bool IsOneTextRun(const Block& block) {
  return block.content.size() == 1 && block.content.front().type == Inline::Type::kText;
}

bool StartsQuotation(std::string_view text) {
  return StartsWith(text, "\"") || StartsWith(text, "\u201C") || StartsWith(text, "\u201E");
}

bool EndsQuotationText(std::string_view text) {
  return EndsWith(text, "\"") || EndsWith(text, "\u201D") || EndsWith(text, "\".") || EndsWith(text, "\u201D.");
}

Node Leaf(Block block) {
  Node node;
  node.type = Node::Type::kBlock;
  node.block = std::move(block);
  return node;
}

Node Container(Node::Type type) {
  Node node;
  node.type = type;
  return node;
}

Node Division(DivisionType type) {
  Node node = Container(Node::Type::kDivision);
  node.division = type;
  return node;
}

// How a line that starts an attachment begins: "To p.280(op) pr.PB No. 83", "Annex 1".
constexpr std::array<std::string_view, 7> kAttachmentMarkers = {"To p.", "To item", "Attachment", "Appendix", "Annex",
                                                                "ANNEX", "Attached"};
constexpr size_t kLongestAttachmentMarker = 80;

bool IsAttachmentMarker(std::string_view text) {
  return text.size() < kLongestAttachmentMarker &&
         std::any_of(kAttachmentMarkers.begin(), kAttachmentMarkers.end(),
                     [&](std::string_view marker) { return StartsWith(text, marker); });
}

// A line that is only a signature bracket: [signature], [illegible signature], [signed].
bool IsSignatureNote(const Block& block, std::string_view text) {
  if (block.kind != BlockKind::kNoteBlock) return false;
  return text.size() >= 2 && KindFromContent(std::string_view(text).substr(1, text.size() - 2)) == NoteKind::kSignature;
}

class Builder {
 public:
  Builder(std::vector<Block>& blocks, const Authority* authority, DivisionType main_type)
      : blocks_(blocks), authority_(authority), main_type_(main_type) {
    // Every rule below asks for blocks' printed text, many for the same block: it is printed once,
    // all blocks' texts into one string (a string per block was an allocation per block). Before
    // brackets are parsed a block holds one text run, which is its printed text.
    size_t total = 0;
    for (const Block& block : blocks_) total += IsOneTextRun(block) ? block.content.front().text.size() : BlockText(block).size();
    texts_arena_.reserve(total);  // never grown below: the views stay valid
    texts_.reserve(blocks_.size());
    for (const Block& block : blocks_) {
      const size_t begin = texts_arena_.size();
      if (IsOneTextRun(block)) {
        texts_arena_ += block.content.front().text;
      } else {
        texts_arena_ += BlockText(block);
      }
      texts_.push_back(std::string_view(texts_arena_).substr(begin));
    }
    CollectAliases();
    ResolveSpeakers();
    // Computed once, so that documents with thousands of quotations or dated lines stay linear.
    quotation_end_.assign(blocks_.size() + 1, blocks_.size());
    for (size_t k = blocks_.size(); k > 0; --k) {
      quotation_end_[k - 1] = EndsQuotationText(texts_[k - 1]) ? k - 1 : quotation_end_[k];
    }
    content_blocks_before_.assign(blocks_.size() + 1, 0);
    for (size_t k = 0; k < blocks_.size(); ++k) {
      content_blocks_before_[k + 1] = content_blocks_before_[k] + (IsContentBlock(blocks_[k]) ? 1 : 0);
    }
    dated_lines_before_.assign(blocks_.size() + 1, 0);
    for (size_t k = 0; k < blocks_.size(); ++k) {
      const bool dated = blocks_[k].kind == BlockKind::kDateline && k + 1 < blocks_.size() &&
                         blocks_[k + 1].kind == BlockKind::kParagraph &&
                         texts_[k].find(',') == std::string::npos;
      dated_lines_before_[k + 1] = dated_lines_before_[k] + (dated ? 1 : 0);
    }
  }

  // texts_ look into texts_arena_, which may hold its bytes in itself (a short document).
  Builder(const Builder&) = delete;
  Builder& operator=(const Builder&) = delete;

  std::vector<Node> Build() {
    std::vector<Node> body;
    // Parts: the document, then attachments after "To p.280 ..." or after a separator that
    // follows the document's closer.
    std::vector<std::pair<size_t, size_t>> parts;
    size_t start = 0;
    for (size_t i = 0; i < blocks_.size(); ++i) {
      if (i <= start) continue;
      const bool marker = IsAttachmentMarker(texts_[i]);
      const bool separator_after_closer = blocks_[i].kind == BlockKind::kSeparator && CloserStart(start, i) < i;
      if (marker || separator_after_closer) {
        parts.push_back({start, i});
        start = i;
      }
    }
    parts.push_back({start, blocks_.size()});
    for (size_t p = 0; p < parts.size(); ++p) {
      auto [begin, end] = parts[p];
      if (p == 0) {
        Node division = Division(main_type_);
        FillDivision(division, begin, end, true);
        body.push_back(std::move(division));
        continue;
      }
      Node attachment = Division(DivisionType::kAttachment);
      AppendLeaf(attachment, begin);
      size_t content_end = end;
      while (content_end > begin + 1 && blocks_[content_end - 1].kind == BlockKind::kNoteBlock &&
             !IsSignatureNote(content_end - 1)) {
        --content_end;
      }
      if (content_end > begin + 1) {
        Node embedded = Container(Node::Type::kFloatingText);
        FillDivision(embedded, begin + 1, content_end, false);
        attachment.children.push_back(std::move(embedded));
      }
      for (size_t k = content_end; k < end; ++k) AppendLeaf(attachment, k);
      body.push_back(std::move(attachment));
    }
    return body;
  }

 private:
  // The block at `k` for its one place in the tree: its fields copied, its parsed runs (the bulk of
  // it) moved. Each block is placed once, and the rules read only blocks' fields and texts_, never
  // the runs of a block already placed.
  Block Take(size_t k) {
    Block taken;
    TakeInto(k, taken);
    return taken;
  }

  // Take(k) into `taken`, a block made in its place.
  void TakeInto(size_t k, Block& taken) {
    Block& source = blocks_[k];
    Inlines content = std::move(source.content);
    Inlines speaker_content = std::move(source.speaker_content);
    source.content.clear();
    source.speaker_content.clear();
    taken = source;
    taken.content = std::move(content);
    taken.speaker_content = std::move(speaker_content);
  }

  // Leaf(Take(k)) made in its place at the end of `parent`'s children: most blocks become leaves
  // unchanged, and a block moved into a node moved into the list was two moves of large objects
  // and two destructions of their shells a block.
  void AppendLeaf(Node& parent, size_t k) {
    Node& leaf = parent.children.emplace_back();
    leaf.type = Node::Type::kBlock;
    TakeInto(k, leaf.block);
  }

  // ---- dialogue ----

  void CollectAliases() {
    for (const std::string_view text : texts_) {
      for (size_t at = text.find("(hereafter "); at != std::string::npos; at = text.find("(hereafter ", at + 1)) {
        const size_t close = text.find(')', at);
        if (close != std::string::npos) aliases_.insert(std::string(text.substr(at + 11, close - at - 11)));
      }
    }
  }

  // A header field's label ("Time:", "Participants:", "SUBJECT:"), never a speaker.
  static bool IsFieldLabel(const std::string& label) {
    static constexpr std::array<std::string_view, 22> kFields = {
        "time", "place", "location", "participants", "interpreter", "interpreters", "recorder", "present",
        "absent", "reporter", "responsible", "comment", "date", "to", "from", "note", "members", "subject",
        "agenda", "decides", "enclosure", "attachment"};
    const std::string lower = AsciiLower(label);
    return std::any_of(kFields.begin(), kFields.end(), [&](std::string_view field) { return lower == field; });
  }

  bool IsSpeakerLabel(const std::string& label) const {
    if (label.empty() || CountWords(label) > 7 || label.find('.') == label.size() - 1) return false;
    if (IsFieldLabel(label)) return false;
    if (aliases_.count(label)) return true;
    // "Premier Zhou (hereafter Zhou)", "Comrade Apró", "Cde. Mikoyan": a title and a name.
    const size_t space = label.find(' ');
    const bool titled = space != std::string::npos && IsPersonTitle(std::string_view(label).substr(0, space)) &&
                        IsUpper(label[space + 1]);
    if (titled) return true;
    if (authority_) {
      const std::string name = label.substr(0, label.find(" ("));
      if (auto known = authority_->Lookup(name); known && known->entry->kind == NameKind::kPerson) return true;
    }
    return false;
  }

  // In a dialogue, a turn whose speaker neither a title nor the authority makes known is still a
  // turn when its label is shaped as a name: "KEKKONEN:" after "KHRUSHCHEV:", "GOMUŁKA:". One to
  // four words, each capitalized (or starting with a letter outside ASCII), no digit, and not
  // English words only ("Resolution:", "Question:" are headings of the record, not people).
  static bool IsNameShapedLabel(const std::string& label) {
    const size_t words = CountWords(label);
    if (words == 0 || words > 4 || IsFieldLabel(label)) return false;
    bool word_start = true;
    for (const char c : label) {
      const auto u = static_cast<unsigned char>(c);
      if (c == ' ') {
        word_start = true;
        continue;
      }
      if (IsDigit(c) || (u < 0x80 && !IsAsciiLetter(c) && c != '-' && c != '\'')) return false;
      if (word_start && u < 0x80 && !IsUpper(c)) return false;
      word_start = false;
    }
    const EnglishLexicon& lexicon = EnglishLexicon::System();
    return lexicon.empty() || !lexicon.IsEnglishPhrase(label);
  }

  // "Label: text" at the start of a paragraph: where the label ends, or npos.
  static size_t TurnLabelEnd(const Block& block) {
    if (block.kind != BlockKind::kParagraph) return std::string::npos;
    const size_t colon = block.content.front().text.find(": ");
    return colon == 0 || colon > 80 ? std::string::npos : colon;
  }

  void MakeTurn(size_t k, size_t colon) {
    Block& block = blocks_[k];
    std::string& text = block.content.front().text;
    block.kind = BlockKind::kSpeech;
    std::string speaker;
    speaker.reserve(colon + 1);
    speaker.append(text, 0, colon).push_back(':');
    block.speaker = std::move(speaker);
    block.speaker_position = block.position;
    block.position.column += CountCodePoints(std::string_view(text).substr(0, colon + 2));
    // (Cut in place: the text keeps its buffer.)
    text.erase(0, colon + 2);
    block.content.front().position = block.position;
    // (The printed text loses the label's bytes from its start: the first run is the text cut.)
    texts_[k] = texts_[k].substr(colon + 2);
  }

  void ResolveSpeakers() {
    bool dialogue = false;
    for (size_t k = 0; k < blocks_.size(); ++k) {
      const size_t colon = TurnLabelEnd(blocks_[k]);
      if (colon == std::string::npos || !IsSpeakerLabel(blocks_[k].content.front().text.substr(0, colon))) continue;
      MakeTurn(k, colon);
      dialogue = true;
    }
    if (!dialogue) return;
    for (size_t k = 0; k < blocks_.size(); ++k) {
      const size_t colon = TurnLabelEnd(blocks_[k]);
      if (colon != std::string::npos && IsNameShapedLabel(blocks_[k].content.front().text.substr(0, colon))) {
        MakeTurn(k, colon);
      }
    }
  }

  // ---- header lines ----

  bool BeginsWithOrganization(std::string_view text) const {
    if (!authority_) return false;
    for (const NameMatch& match : authority_->FindNames(text)) {
      return match.begin == 0 && match.entry->kind == NameKind::kOrganization;
    }
    return false;
  }

  bool IsPlaceName(std::string_view text) const {
    if (!authority_) return false;
    const auto known = authority_->Lookup(text);
    return known && known->entry->kind == NameKind::kPlace;
  }

  bool IsPersonName(std::string_view text) const {
    if (!authority_) return false;
    const auto known = authority_->Lookup(text);
    return known && known->entry->kind == NameKind::kPerson;
  }

  static bool HasSentencePunctuation(std::string_view text) {
    return EndsWith(text, ".") || EndsWith(text, ";") || EndsWith(text, ":") || EndsWith(text, "?") ||
           text.find(". ") != std::string::npos;
  }

  // "Dr. Bruno Kreisky", "Mr. K. Ivanov": a title and a name on a line of their own (the title's or an
  // initial's full stop ends no sentence).
  static bool IsTitledNameLine(std::string_view text) {
    const std::vector<std::string_view> words = SplitWords(text);
    if (words.size() < 2 || words.size() > 5 || !IsPersonTitle(words.front()) || EndsWith(text, ".")) return false;
    return std::all_of(words.begin() + 1, words.end(), [](std::string_view w) {
      return (IsUpper(w[0]) || static_cast<unsigned char>(w[0]) >= 0xC0) && (!EndsWith(w, ".") || w.size() <= 3);
    });
  }

  static bool IsHeaderKind(const Block& block) {
    return (block.kind == BlockKind::kSeg && !IsTrailerSeg(block.seg_type)) ||
           block.kind == BlockKind::kDateline || block.kind == BlockKind::kAddressLine;
  }

  // What a block becomes in an opener.
  struct HeaderLine {
    BlockKind kind;
    SegType seg_type;
  };

  // Decides whether block `i` is a header line and, if so, what kind; `previous` is the last
  // header line already taken (or null), block i - 1.
  std::optional<HeaderLine> TakeHeaderLine(size_t i, const Block* previous) const {
    const Block& block = blocks_[i];
    const std::string_view text = texts_[i];
    HeaderLine line{block.kind, block.seg_type};
    switch (block.kind) {
      case BlockKind::kSeg:
        if (IsTrailerSeg(block.seg_type)) return std::nullopt;
        if (block.field == HeaderField::kDate) line.kind = BlockKind::kDateline;
        return line;
      case BlockKind::kDateline:
      case BlockKind::kAddressLine:
      case BlockKind::kSalute: return line;
      case BlockKind::kParagraph: break;
      default: return std::nullopt;
    }
    if (previous && previous->kind == BlockKind::kSeg && previous->seg_type == SegType::kDistribution &&
        EndsWith(texts_[i - 1], ":")) {
      line.kind = BlockKind::kSeg;  // the names that continue "Distribution list - 9 copies:"
      line.seg_type = SegType::kDistribution;
      return line;
    }
    // "To the Federal Minister for Foreign Affairs" / "Dr. Bruno Kreisky": the addressee's name.
    if (previous && previous->kind == BlockKind::kAddressLine && IsTitledNameLine(text)) {
      line.kind = BlockKind::kAddressLine;
      return line;
    }
    if (HasSentencePunctuation(text) && !EndsWith(text, "!")) {
      // "Moscow, Kremlin.": a place line that opens a letter.
      const std::string place(text.substr(0, text.find(',')));
      if (EndsWith(text, ".") && CountWords(text) <= 3 && IsPlaceName(place)) {
        line.kind = BlockKind::kAddressLine;
        return line;
      }
      return std::nullopt;
    }
    if (IsPlaceName(text)) {
      line.kind = BlockKind::kAddressLine;
      return line;
    }
    const bool after_address = previous && previous->kind == BlockKind::kAddressLine;
    const std::string lower = AsciiLower(text);
    if (after_address && (StartsWith(lower, "comrade ") || StartsWith(lower, "cde. ")) && CountWords(text) <= 5) {
      line.kind = BlockKind::kAddressLine;
      return line;
    }
    // The first line, named by the authority as an organization or followed by header lines.
    const bool first_line_of_header = !previous && i + 1 < blocks_.size() && IsHeaderKind(blocks_[i + 1]) &&
                                      CountWords(text) <= 10 && IsUpper(text[0]);
    if ((BeginsWithOrganization(text) || first_line_of_header) && CountWords(text) <= 10) {
      line.kind = BlockKind::kSeg;
      line.seg_type = SegType::kIssuer;
      return line;
    }
    if (previous && previous->kind == BlockKind::kSeg && previous->seg_type == SegType::kIssuer && IsCapitalsLine(text)) {
      line.kind = BlockKind::kSeg;
      line.seg_type = SegType::kIssuer;
      return line;
    }
    if (IsSaluteByPosition(i)) {
      line.kind = BlockKind::kSalute;
      return line;
    }
    // Short lines before a salutation ("Ministry for Foreign Affairs" / "Far Eastern Department" /
    // "Berlin, 14 June 1964" / "To the Central Committee of the SED" / "Dear Comrades,"): the
    // letter's head, the issuer's lines first, the address from its "To" line on.
    if (IsHeaderShaped(i) && SaluteFollows(i)) {
      const bool address = StartsWith(text, "To ") || (previous && previous->kind == BlockKind::kAddressLine);
      line.kind = address ? BlockKind::kAddressLine : BlockKind::kSeg;
      if (!address) line.seg_type = SegType::kIssuer;
      return line;
    }
    return std::nullopt;
  }

  // "Excellency,", "Gentlemen of the Embassy,", "Mr. Chairman!": a short line ending in a comma or
  // an exclamation mark, where the running text begins, is the salutation whatever its words.
  bool IsSaluteByPosition(size_t i) const {
    const Block& block = blocks_[i];
    if (block.kind == BlockKind::kSalute) return true;
    if (block.kind != BlockKind::kParagraph || i + 1 >= blocks_.size()) return false;
    const std::string_view text = texts_[i];
    const int words = CountWords(text);
    const size_t comma = text.find(',');
    if (words == 0 || words > 5 || !(EndsWith(text, ",") || EndsWith(text, "!")) || !IsUpper(text[0]) ||
        (comma != std::string::npos && comma + 1 < text.size()) || text.find('[') != std::string::npos) {
      return false;
    }
    const Block& next = blocks_[i + 1];
    const std::string_view following = texts_[i + 1];
    return next.kind == BlockKind::kParagraph && CountWords(following) >= 6 && HasSentencePunctuation(following);
  }

  // A line that may stand in a letter's head: a header line, or a short capitalized line that is no
  // sentence.
  bool IsHeaderShaped(size_t i) const {
    const Block& block = blocks_[i];
    if (block.kind == BlockKind::kDateline || block.kind == BlockKind::kAddressLine) return true;
    if (block.kind == BlockKind::kSeg) return !IsTrailerSeg(block.seg_type);
    if (block.kind != BlockKind::kParagraph) return false;
    const std::string_view text = texts_[i];
    return !text.empty() && CountWords(text) <= 10 && IsUpper(text[0]) &&
           (!HasSentencePunctuation(text) || IsTitledNameLine(text)) &&
           !EndsWith(text, ",") && !EndsWith(text, "!") && text.find('[') == std::string::npos;
  }

  // Whether a salutation follows line `i` within a few lines, after header-shaped lines only.
  bool SaluteFollows(size_t i) const {
    constexpr size_t kHeadLines = 6;
    for (size_t k = i + 1; k < blocks_.size() && k <= i + kHeadLines; ++k) {
      if (IsSaluteByPosition(k)) return true;
      if (!IsHeaderShaped(k)) return false;
    }
    return false;
  }

  // Capitals headings and the lower-case lines that continue them.
  size_t TakeHeadings(Node& division, size_t i, size_t end) {
    if (i >= end || blocks_[i].kind != BlockKind::kParagraph) return i;
    const std::string_view text = texts_[i];
    if (!IsCapitalsLine(text) || EndsWith(text, ":") || HasSentencePunctuation(text)) return i;
    if (BeginsWithOrganization(text)) return i;  // an issuer, part of the opener
    Block head = Take(i);
    head.kind = BlockKind::kHeading;
    division.children.push_back(Leaf(std::move(head)));
    ++i;
    // Only plain lines continue a heading: a list item ("1 - to Cde. Gromyko"), a speech or any
    // other block has printed parts (its label, its speaker) that a heading would not keep.
    while (i < end && blocks_[i].kind == BlockKind::kParagraph) {
      const std::string_view next = texts_[i];
      if (next.empty() || !IsLower(next[0])) break;
      Block sub = Take(i);
      sub.kind = BlockKind::kHeading;
      sub.heading_type = HeadingType::kSub;
      division.children.push_back(Leaf(std::move(sub)));
      ++i;
    }
    return i;
  }

  // ---- closer ----

  bool IsSignatureNote(size_t k) const { return teipress::IsSignatureNote(blocks_[k], texts_[k]); }

  bool IsSignatureLine(size_t k) const {
    const Block& block = blocks_[k];
    if (block.kind == BlockKind::kSigned || IsSignatureNote(k)) return true;
    if (block.kind != BlockKind::kParagraph) return false;
    const std::string_view text = texts_[k];
    if (text.size() > 70 || CountWords(text) > 8) return false;
    if (StartsWith(text, "(") && EndsWith(text, ")")) return true;  // (A. PUZANOV), (S. Nowicki)
    if (IsCapitalsLine(text) && !EndsWith(text, ":")) return true;
    const std::string_view name = text.substr(0, text.find(" ["));
    return IsPersonName(name) || IsNameShaped(name);
  }

  // "J. Siedlecki", "Kim Il Sung", "Ri Sin-pal", "Jawaharlal Nehru": a name the authority need not
  // know, by its shape: two to five words, each capitalized or an initial (particles such as "de"
  // allowed), no office or body named, no sentence punctuation. Only the closing lines are asked.
  static bool IsNameShaped(std::string_view text) {
    const std::vector<std::string_view> words = SplitWords(text);
    if (words.size() < 2 || words.size() > 5 || EndsWith(text, ":") || EndsWith(text, ",")) return false;
    bool surname = false;
    for (std::string_view word : words) {
      static constexpr std::array<std::string_view, 6> kParticles = {"de", "van", "von", "bin", "al", "der"};
      if (std::find(kParticles.begin(), kParticles.end(), word) != kParticles.end()) continue;
      const bool initial = word.size() >= 2 && word.size() <= 4 && word.back() == '.' && IsUpper(word[0]);
      if (initial) continue;
      if (!(IsUpper(word[0]) || static_cast<unsigned char>(word[0]) >= 0xC0)) return false;
      if (word.find('.') != std::string_view::npos || word.find(',') != std::string_view::npos ||
          std::any_of(word.begin(), word.end(), IsDigit)) {
        return false;
      }
      if (IsOfficeVocabulary(word) || IsOrganizationWord(word)) return false;
      surname = true;
    }
    return surname;
  }

  // A signer's title beside a signature: short, capitalized, no sentence punctuation.
  bool IsTitleLine(size_t k) const {
    if (blocks_[k].kind != BlockKind::kParagraph) return false;
    const std::string_view text = texts_[k];
    // (A paragraph is never a dateline: the block reader classified its text already.)
    if (CountWords(text) > 5 || text.empty() || !IsUpper(text[0]) || EndsWith(text, ":") || EndsWith(text, ";") ||
        text.find(". ") != std::string::npos) {
      return false;
    }
    // A full stop ends a sentence, unless it ends an abbreviation ("Chargé d'Affaires a.i.").
    if (EndsWith(text, ".")) {
      const std::string last_word(text.substr(text.rfind(' ') + 1));
      return std::count(last_word.begin(), last_word.end(), '.') >= 2;
    }
    return true;
  }

  // What may stand in a closer after the signature.
  bool IsCloserMatter(size_t k) const {
    const Block& block = blocks_[k];
    switch (block.kind) {
      case BlockKind::kSigned:
      case BlockKind::kDateline:
      case BlockKind::kClosingSalute:
      case BlockKind::kNoteBlock:
      case BlockKind::kPageBreak: return true;
      case BlockKind::kSeg: return block.seg_type != SegType::kIssuer;
      case BlockKind::kListItem: return block.list_type == ListType::kNumbered ||
                                        block.list_type == ListType::kDistribution || block.list_type == ListType::kDash;
      case BlockKind::kParagraph: return IsSignatureLine(k) || IsTitleLine(k);
      default: return false;
    }
  }

  // Where the closer of blocks [begin, end) starts (end when there is none): at the closing
  // formula or signature block after the last line of running text.
  // Whether blocks [begin, end) hold running text (a block TEI counts as content, not a note,
  // page break or separator standing between blocks).
  bool HasContentBetween(size_t begin, size_t end) const {
    return end > begin && content_blocks_before_[end] > content_blocks_before_[begin];
  }

  static bool IsContentBlock(const Block& block) {
    switch (block.kind) {
      case BlockKind::kNoteBlock:
      case BlockKind::kPageBreak:
      case BlockKind::kSeparator:
      case BlockKind::kFormeWork: return false;
      default: return true;
    }
  }

  size_t CloserStart(size_t begin, size_t end) const {
    size_t suffix = end;
    while (suffix > begin && IsCloserMatter(suffix - 1)) --suffix;
    // A closing formula followed only by the short lines of signature blocks ("With communist
    // greetings," / "On behalf of the CC of the PLA" / "First Secretary" / "Enver Hoxha" / ...): the
    // closer starts at the formula.
    for (size_t k = suffix; k > begin; --k) {
      const Block& block = blocks_[k - 1];
      if (block.kind == BlockKind::kClosingSalute) {
        if (k < suffix && HasContentBetween(begin, k - 1)) return k - 1;
        break;
      }
      const std::string_view text = texts_[k - 1];
      const bool signature_block_line = block.kind == BlockKind::kParagraph && !text.empty() && IsUpper(text[0]) &&
                                        CountWords(text) <= 10 && !HasSentencePunctuation(text);
      if (!signature_block_line) break;
    }
    for (size_t k = suffix; k < end; ++k) {
      const Block& block = blocks_[k];
      if (block.kind == BlockKind::kClosingSalute || IsSignatureLine(k)) {
        // A title line right before the signature belongs to it (Chargé d'Affaires a.i.).
        size_t start = k;
        while (start > suffix && IsTitleLine(start - 1)) --start;
        // A closer needs running text before it; with nothing but closing matter there is none.
        return HasContentBetween(begin, start) ? start : end;
      }
    }
    // No signature: trailing reference lines (FE:EA:ELCrane:mk, Enclosure: ...) still close it.
    for (size_t k = suffix; k < end; ++k) {
      const Block& block = blocks_[k];
      if (block.kind == BlockKind::kSeg && IsTrailerSeg(block.seg_type)) {
        return HasContentBetween(begin, k) ? k : end;
      }
    }
    return end;
  }

  Block CloserLine(size_t k, bool after_signature) {
    const Block& block = blocks_[k];
    Block line = Take(k);
    const std::string_view text = texts_[k];
    if (IsSignatureNote(k)) {
      line.kind = BlockKind::kSigned;
      return line;
    }
    switch (block.kind) {
      case BlockKind::kClosingSalute:
      case BlockKind::kDateline:
      case BlockKind::kNoteBlock:
      case BlockKind::kPageBreak:
      case BlockKind::kSigned: return line;
      case BlockKind::kSeg:
        if (block.seg_type == SegType::kRouting || block.seg_type == SegType::kClassification) {
          line.seg_type = SegType::kNumber;
        }
        return line;
      case BlockKind::kListItem:
        // "1. Comr. Stalin": a recipient of a copy; the label stays printed.
        line.kind = BlockKind::kSeg;
        line.seg_type = SegType::kDistribution;
        line.list_type = ListType::kNone;
        line.content.front().text = block.label + " " + line.content.front().text;
        line.position.column -= CountCodePoints(block.label + " ");
        line.label.clear();
        return line;
      default: break;
    }
    if (IsSignatureNote(k) || IsSignatureLine(k)) {
      line.kind = BlockKind::kSigned;
    } else if (after_signature && IsPlaceName(text)) {
      line.kind = BlockKind::kDateline;  // the place under a signature
    } else {
      line.kind = BlockKind::kSigned;  // a title in the signature block
    }
    return line;
  }

  // ---- divisions ----

  void FillDivision(Node& division, size_t begin, size_t end, bool top_level) {
    size_t i = TakeHeadings(division, begin, end);
    // Opener: the longest run of header lines, a salutation last.
    Node opener = Container(Node::Type::kOpener);
    const Block* previous = nullptr;  // the opener's last line, where it is kept (not a copy)
    while (i < end) {
      if (blocks_[i].kind == BlockKind::kHeading) {
        if (!opener.children.empty()) division.children.push_back(std::move(opener));
        opener = Container(Node::Type::kOpener);
        AppendLeaf(division, i);
        previous = nullptr;
        ++i;
        continue;
      }
      const std::optional<HeaderLine> header = TakeHeaderLine(i, previous);
      if (!header) break;
      // A quoted salutation whose quotation closes later opens an embedded message.
      if (top_level && header->kind == BlockKind::kSalute && StartsQuotation(texts_[i]) && QuotationEnd(i, end) < end) {
        break;
      }
      Block line = Take(i);
      line.kind = header->kind;
      line.seg_type = header->seg_type;
      opener.children.push_back(Leaf(std::move(line)));
      previous = &opener.children.back().block;
      ++i;
      if (previous->kind == BlockKind::kSalute) break;
    }
    if (!opener.children.empty()) division.children.push_back(std::move(opener));
    if (division.children.empty() || division.children.back().type != Node::Type::kOpener) {
      i = TakeHeadings(division, i, end);
    }

    // A quoted message whose closing quotation mark stands on its signature line ends there: the
    // document's own closer can only begin after it.
    size_t closer_from = i;
    if (top_level) {
      for (size_t k = i; k < end; ++k) {
        if (blocks_[k].kind == BlockKind::kSalute && StartsQuotation(texts_[k])) {
          const size_t quote_end = QuotationEnd(k, end);
          if (quote_end < end) closer_from = quote_end + 1;
          break;
        }
      }
    }
    const size_t closer_begin = std::max(closer_from, CloserStart(closer_from, end));
    FillContent(division, i, closer_begin, top_level);
    if (closer_begin < end) {
      Node closer = Container(Node::Type::kCloser);
      bool after_signature = false;
      for (size_t k = closer_begin; k < end; ++k) {
        Block line = CloserLine(k, after_signature);
        after_signature = after_signature || line.kind == BlockKind::kSigned;
        closer.children.push_back(Leaf(std::move(line)));
      }
      division.children.push_back(std::move(closer));
    }
  }

  size_t QuotationEnd(size_t begin, size_t end) const {
    const size_t found = quotation_end_[begin];
    return found < end ? found : end;
  }

  // The line after `i` starts a section: a standalone numbered heading line.
  bool IsSectionHeading(size_t i, size_t end) const {
    const Block& block = blocks_[i];
    if (block.kind != BlockKind::kListItem ||
        (block.list_type != ListType::kNumbered && block.list_type != ListType::kRoman)) {
      return false;
    }
    const std::string_view text = texts_[i];
    if (text.empty() || EndsWith(text, ".") || EndsWith(text, ";") || EndsWith(text, ":") || EndsWith(text, ",") ||
        CountWords(text) > 14) {
      return false;
    }
    if (block.list_type == ListType::kRoman && !IsCapitalsLine(text)) return false;
    if (block.n.find('.') != std::string::npos) return false;
    // "1. Current questions ..." directly followed by "Reporter: ...": an item of a list.
    if (i + 1 < end && blocks_[i + 1].kind == BlockKind::kParagraph && !blocks_[i + 1].after_blank_line) return false;
    const bool next_is_same_list = i + 1 < end && blocks_[i + 1].kind == BlockKind::kListItem &&
                                   blocks_[i + 1].list_type == block.list_type &&
                                   blocks_[i + 1].n.find('.') == std::string::npos;
    return !next_is_same_list || main_type_ == DivisionType::kDecision;
  }

  // A date alone on a line, followed by running text: a journal entry.
  bool IsEntryDate(size_t i, size_t begin, size_t end) const {
    const Block& block = blocks_[i];
    if (block.kind != BlockKind::kDateline) return false;
    const std::string_view text = texts_[i];
    if (text.find(',') != std::string::npos || block.field == HeaderField::kDate) return false;
    if (i + 1 >= end || blocks_[i + 1].kind != BlockKind::kParagraph) return false;
    return dated_lines_before_[end] - dated_lines_before_[begin] >= 2;
  }

  // Paragraph-level content: lists, turns, embedded messages, sections, items and entries.
  void FillContent(Node& parent, size_t begin, size_t end, bool allow_embedded) {
    // Each block becomes one child at most: room for all at once, where the children grew by
    // doubling and each growth moved every node placed so far.
    parent.children.reserve(parent.children.size() + (end - begin));
    size_t i = begin;
    Node* open_division = nullptr;  // a section, item or entry: later content goes into it
    while (i < end) {
      Node& target = open_division ? *open_division : parent;
      const Block& block = blocks_[i];
      const std::string_view text = texts_[i];
      if (allow_embedded && block.kind == BlockKind::kSalute && StartsQuotation(text)) {
        const size_t close = QuotationEnd(i, end);
        if (close < end) {
          Node embedded = Container(Node::Type::kFloatingText);
          FillDivision(embedded, i, close + 1, false);
          target.children.push_back(std::move(embedded));
          i = close + 1;
          continue;
        }
      }
      if (IsSectionHeading(i, end) || IsEntryDate(i, begin, end)) {
        const bool entry = block.kind == BlockKind::kDateline;
        Node division = Division(entry ? DivisionType::kEntry
                                 : main_type_ == DivisionType::kDecision && block.list_type == ListType::kNumbered
                                     ? DivisionType::kItem
                                     : DivisionType::kSection);
        division.n = entry ? "" : block.n;
        Block head = Take(i);
        head.kind = entry ? BlockKind::kHeading : BlockKind::kItemHeading;
        head.list_type = ListType::kNone;
        division.children.push_back(Leaf(std::move(head)));
        parent.children.push_back(std::move(division));
        open_division = &parent.children.back();
        ++i;
        continue;
      }
      // An omission mark between journal entries closes the entry before it.
      if (open_division && open_division->division == DivisionType::kEntry && block.kind == BlockKind::kNoteBlock &&
          i + 1 < end && IsEntryDate(i + 1, begin, end)) {
        AppendLeaf(*open_division, i);
        open_division = nullptr;
        ++i;
        continue;
      }
      if (block.kind == BlockKind::kListItem && block.list_type != ListType::kDistribution) {
        Node list = Container(Node::Type::kList);
        list.list_type = block.list_type;
        const bool dash = block.list_type == ListType::kDash;
        const bool repeated_labels = i + 1 < end && blocks_[i + 1].kind == BlockKind::kListItem &&
                                     blocks_[i + 1].label == block.label && !dash;
        int position = 0;
        while (i < end && blocks_[i].kind == BlockKind::kListItem && blocks_[i].list_type == list.list_type) {
          Block item = Take(i);
          ++position;
          if (dash || repeated_labels) item.n = std::to_string(position);
          ++i;
          // "Reporter: Comrade Fehér" on the next line belongs to the item.
          while (i < end && blocks_[i].kind == BlockKind::kParagraph && !blocks_[i].after_blank_line) {
            item.content.front().text += "\n" + blocks_[i].content.front().text;
            ++i;
          }
          list.children.push_back(Leaf(std::move(item)));
        }
        target.children.push_back(std::move(list));
        continue;
      }
      if (block.kind == BlockKind::kHeading) {
        // A heading after content opens a section: TEI allows heads only at a division's top.
        Node division = Division(DivisionType::kSection);
        AppendLeaf(division, i);
        parent.children.push_back(std::move(division));
        open_division = &parent.children.back();
        ++i;
        continue;
      }
      if (block.kind == BlockKind::kPageBreak && i + 1 < end && blocks_[i + 1].kind == BlockKind::kSeg &&
          blocks_[i + 1].seg_type == SegType::kClassification) {
        // "- 2 -" then "CONFIDENTIAL": the running head of the new page.
        AppendLeaf(target, i);
        Block running_head = Take(i + 1);
        running_head.kind = BlockKind::kFormeWork;
        target.children.push_back(Leaf(std::move(running_head)));
        i += 2;
        continue;
      }
      AppendLeaf(target, i);
      ++i;
    }
  }

  std::vector<Block>& blocks_;
  const Authority* authority_;
  DivisionType main_type_;
  std::string texts_arena_;              // every block's printed text, one after another
  std::vector<std::string_view> texts_;  // each block's printed text (PrintedText of its content)
  std::set<std::string> aliases_;
  std::vector<size_t> quotation_end_;      // first block at or after k that closes a quotation
  std::vector<size_t> dated_lines_before_;  // date-only lines followed by text, before block k
  std::vector<size_t> content_blocks_before_;  // blocks that are running text, before block k
};

}  // namespace

bool EndsQuotation(const Block& block) { return EndsQuotationText(PrintedText(block.content)); }

std::vector<Node> BuildStructure(std::vector<Block> blocks, DivisionType main_type, const Authority* authority) {
  return Builder(blocks, authority, main_type).Build();
}

}  // namespace teipress
