#include "english_lexicon.h"

#include <cstdlib>
#include <fstream>

#include "text_util.h"

namespace teipress {

const EnglishLexicon& EnglishLexicon::System() {
  static const EnglishLexicon lexicon = [] {
    EnglishLexicon loaded;
    const char* configured = std::getenv("TEIPRESS_LEXICON");
    std::ifstream in(configured && *configured ? configured : "/usr/share/dict/words");
    std::string line;
    while (std::getline(in, line)) {
      if (!line.empty()) loaded.words_.insert(AsciiLower(line));
    }
    return loaded;
  }();
  return lexicon;
}

EnglishLexicon EnglishLexicon::FromWords(const std::vector<std::string>& words) {
  EnglishLexicon lexicon;
  for (const std::string& word : words) lexicon.words_.insert(AsciiLower(word));
  return lexicon;
}

bool EnglishLexicon::Contains(std::string_view raw) const {
  std::string word = AsciiLower(raw);
  if (word.empty()) return false;
  if (words_.count(word)) return true;
  for (std::string_view suffix : {"'s", "\u2019s", "s", "es", "ed", "ing"}) {
    if (EndsWith(word, suffix) && words_.count(word.substr(0, word.size() - suffix.size()))) return true;
  }
  return false;
}

bool EnglishLexicon::IsEnglishPhrase(std::string_view phrase) const {
  bool any = false;
  size_t i = 0;
  while (i < phrase.size()) {
    while (i < phrase.size() && !((phrase[i] >= 'a' && phrase[i] <= 'z') || (phrase[i] >= 'A' && phrase[i] <= 'Z') ||
                                  static_cast<unsigned char>(phrase[i]) >= 0x80)) {
      ++i;
    }
    size_t end = i;
    while (end < phrase.size() && ((phrase[end] >= 'a' && phrase[end] <= 'z') || (phrase[end] >= 'A' && phrase[end] <= 'Z') ||
                                   phrase[end] == '\'' || static_cast<unsigned char>(phrase[end]) >= 0x80)) {
      ++end;
    }
    if (end > i) {
      if (!Contains(phrase.substr(i, end - i))) return false;
      any = true;
    }
    i = end;
  }
  return any;
}

}  // namespace teipress
