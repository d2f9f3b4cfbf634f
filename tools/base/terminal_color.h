// Colour in the diagnostics people read: --color=auto|always|never, and NO_COLOR
// (https://no-color.org). Machine formats (JSON, JUnit, GitHub, SARIF) are never coloured.
#pragma once

#include <optional>
#include <string_view>

namespace teipress {

enum class ColorChoice { kAuto, kAlways, kNever };

// "auto", "always" or "never"; nullopt for anything else.
std::optional<ColorChoice> ParseColorChoice(std::string_view text);

// always and never are obeyed (an explicit --color=always beats NO_COLOR); auto colours only a
// terminal, and only when NO_COLOR is unset or empty and TERM is not "dumb".
bool ShouldColor(ColorChoice choice, bool is_terminal, const char* no_color, const char* term);

// The same for file descriptor `fd` and this process's environment.
bool ShouldColor(ColorChoice choice, int fd);

}  // namespace teipress
