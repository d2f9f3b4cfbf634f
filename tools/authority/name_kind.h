// The three kinds of named entity that authority files list and documents link to.
#pragma once

namespace teipress {

enum class NameKind { kPerson, kPlace, kOrganization };

}  // namespace teipress
