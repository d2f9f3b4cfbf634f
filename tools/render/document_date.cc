#include "document_date.h"

#include <cctype>

namespace teipress {

namespace {

constexpr const char* kTeiNamespace = "http://www.tei-c.org/ns/1.0";

bool IsTei(xmlNodePtr node, const char* name) {
  return node && node->type == XML_ELEMENT_NODE && node->ns && xmlStrEqual(node->ns->href, AsXmlChars(kTeiNamespace)) &&
         xmlStrEqual(node->name, AsXmlChars(name));
}

xmlNodePtr Child(xmlNodePtr parent, const char* name) {
  for (xmlNodePtr child = parent ? parent->children : nullptr; child; child = child->next) {
    if (IsTei(child, name)) return child;
  }
  return nullptr;
}

bool IsDigits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// "1898-02-01", "1898-02", "1898", "-0050": a W3C date of att.datable; else "".
std::string IsoDate(std::string value) {
  const size_t start = !value.empty() && value[0] == '-' ? 1 : 0;
  const std::string_view body = std::string_view(value).substr(start);
  if (body.size() < 4 || !IsDigits(body.substr(0, 4))) return "";
  if (body.size() == 4) return value;
  if (body.size() >= 7 && body[4] == '-' && IsDigits(body.substr(5, 2))) {
    if (body.size() >= 10 && body[7] == '-' && IsDigits(body.substr(8, 2))) return value.substr(0, start + 10);
    return value.substr(0, start + 7);
  }
  return "";
}

std::string DateOf(xmlNodePtr date) {
  for (const char* attribute : {"when", "notBefore", "from", "when-iso", "notBefore-iso", "from-iso", "when-custom",
                                "notBefore-custom", "from-custom", "notAfter", "to", "notAfter-custom"}) {
    XmlCharsPtr value(xmlGetNoNsProp(date, AsXmlChars(attribute)));
    if (!value) continue;
    const std::string iso = IsoDate(AsChars(value.get()));
    if (!iso.empty()) return iso;
  }
  return "";
}

// The first date or origDate at or below `node` (document order) that has a machine date.
std::string FirstDateBelow(xmlNodePtr node) {
  for (xmlNodePtr child = node ? node->children : nullptr; child; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (IsTei(child, "date") || IsTei(child, "origDate")) {
      const std::string iso = DateOf(child);
      if (!iso.empty()) return iso;
    }
    const std::string below = FirstDateBelow(child);
    if (!below.empty()) return below;
  }
  return "";
}

std::string Padded(int number) { return (number < 10 ? "0" : "") + std::to_string(number); }

}  // namespace

std::string DateInTitle(std::string_view title) {
  // Numbers in the title with what separates them.
  for (size_t i = 0; i < title.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(title[i])) || (i > 0 && std::isdigit(static_cast<unsigned char>(title[i - 1])))) {
      continue;
    }
    auto number_at = [&](size_t at, size_t& end) {
      int value = 0;
      end = at;
      while (end < title.size() && std::isdigit(static_cast<unsigned char>(title[end])) && end - at < 5) {
        value = value * 10 + (title[end] - '0');
        ++end;
      }
      return value;
    };
    size_t end = 0;
    const int first = number_at(i, end);
    const size_t first_digits = end - i;
    auto skip = [&](size_t at, char separator) {
      if (at < title.size() && title[at] == separator) {
        ++at;
        while (at < title.size() && title[at] == ' ') ++at;
        return at;
      }
      return std::string_view::npos;
    };
    // year-month-day
    if (first_digits == 4) {
      size_t at = skip(end, '-');
      if (at != std::string_view::npos && at < title.size() && std::isdigit(static_cast<unsigned char>(title[at]))) {
        size_t month_end = 0;
        const int month = number_at(at, month_end);
        size_t day_at = skip(month_end, '-');
        if (month >= 1 && month <= 12 && day_at != std::string_view::npos) {
          size_t day_end = 0;
          const int day = number_at(day_at, day_end);
          if (day >= 1 && day <= 31) return std::to_string(first) + "-" + Padded(month) + "-" + Padded(day);
        }
      }
      if (first >= 1000 && first <= 2100) return std::to_string(first);
      continue;
    }
    // day.month.year
    if (first_digits <= 2 && first >= 1 && first <= 31) {
      size_t at = skip(end, '.');
      if (at == std::string_view::npos || at >= title.size() || !std::isdigit(static_cast<unsigned char>(title[at]))) continue;
      size_t month_end = 0;
      const int month = number_at(at, month_end);
      size_t year_at = skip(month_end, '.');
      if (month < 1 || month > 12 || month_end - at > 2 || year_at == std::string_view::npos) continue;
      size_t year_end = 0;
      const int year = number_at(year_at, year_end);
      if (year_end - year_at == 4) return std::to_string(year) + "-" + Padded(month) + "-" + Padded(first);
    }
  }
  return "";
}

std::string DocumentSortDate(xmlDocPtr document) {
  xmlNodePtr root = document ? xmlDocGetRootElement(document) : nullptr;
  if (IsTei(root, "teiCorpus")) root = Child(root, "TEI") ? Child(root, "TEI") : root;
  const xmlNodePtr header = Child(root, "teiHeader");
  const xmlNodePtr profile = Child(header, "profileDesc");
  const xmlNodePtr correspondence = Child(profile, "correspDesc");
  // The creation date and the sender's date, whichever the header gives first.
  for (xmlNodePtr section = profile ? profile->children : nullptr; section; section = section->next) {
    if (IsTei(section, "creation")) {
      const std::string iso = FirstDateBelow(section);
      if (!iso.empty()) return iso;
    }
    if (!IsTei(section, "correspDesc")) continue;
    for (xmlNodePtr action = section->children; action; action = action->next) {
      if (!IsTei(action, "correspAction")) continue;
      XmlCharsPtr type(xmlGetNoNsProp(action, AsXmlChars("type")));
      if (!type || !xmlStrEqual(type.get(), AsXmlChars("sent"))) continue;
      const std::string iso = FirstDateBelow(action);
      if (!iso.empty()) return iso;
    }
  }
  const std::string in_correspondence = FirstDateBelow(correspondence);
  if (!in_correspondence.empty()) return in_correspondence;
  const xmlNodePtr file = Child(header, "fileDesc");
  const std::string in_source = FirstDateBelow(Child(file, "sourceDesc"));
  if (!in_source.empty()) return in_source;
  const xmlNodePtr title = Child(Child(file, "titleStmt"), "title");
  if (!title) return "";
  XmlCharsPtr text(xmlNodeGetContent(title));
  return text ? DateInTitle(AsChars(text.get())) : "";
}

}  // namespace teipress
