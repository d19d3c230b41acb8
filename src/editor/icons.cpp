#include "icons.h"

// Q_INIT_RESOURCE must be used outside any namespace.
static void initSightlineResources() {
    Q_INIT_RESOURCE(sightline);
}

namespace sightline::editor {

void initResources() {
    static const bool done = [] {
        initSightlineResources();
        return true;
    }();
    (void)done;
}

QIcon icon(const QString& name, const QString& themeName) {
    initResources();
    const QIcon own(QStringLiteral(":/icons/%1.svg").arg(name));
    return themeName.isEmpty() ? own : QIcon::fromTheme(themeName, own);
}

} // namespace sightline::editor
