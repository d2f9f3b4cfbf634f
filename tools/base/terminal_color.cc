#include "terminal_color.h"

#include <unistd.h>

#include <cstdlib>
#include <string>

namespace teipress {

std::optional<ColorChoice> ParseColorChoice(std::string_view text) {
  if (text == "auto") return ColorChoice::kAuto;
  if (text == "always") return ColorChoice::kAlways;
  if (text == "never") return ColorChoice::kNever;
  return std::nullopt;
}

bool ShouldColor(ColorChoice choice, bool is_terminal, const char* no_color, const char* term) {
  if (choice != ColorChoice::kAuto) return choice == ColorChoice::kAlways;
  if (no_color && *no_color) return false;
  if (term && std::string_view(term) == "dumb") return false;
  return is_terminal;
}

bool ShouldColor(ColorChoice choice, int fd) {
  return ShouldColor(choice, ::isatty(fd) == 1, std::getenv("NO_COLOR"), std::getenv("TERM"));
}

}  // namespace teipress
