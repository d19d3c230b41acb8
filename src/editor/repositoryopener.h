#pragma once

#include "sightline/storage/repositoryaddress.h"

#include <string>

class QWidget;

namespace sightline::editor {

// The questions of File ▸ Open from Repository that the address leaves open: which map (from
// the maps the role may open) and the password, when the server asks for one and neither
// ~/.pgpass nor PGPASSWORD has it. The password stays in memory only.
class RepositoryOpener {
public:
    // Fills in `address`; false when the user cancelled (error empty) or it cannot go on (error).
    static bool complete(QWidget* parent, storage::RepositoryAddress& address, std::string& error);
};

} // namespace sightline::editor
