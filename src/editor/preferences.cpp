#include "sightline/editor/preferences.h"

#include <QSettings>

namespace sightline::editor {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kSnapToGrid = QStringLiteral("options/snapToGrid");
const QString kGroupTeams = QStringLiteral("views/groupTeams");
} // namespace

Preferences Preferences::load() {
    const QSettings s;
    Preferences p;
    p.language = s.value(kLanguage).toString();
    if (!languageCodes().contains(p.language))
        p.language.clear(); // a language this build does not have: the desktop's
    p.snapToGrid = s.value(kSnapToGrid, false).toBool();
    p.groupTeams = s.value(kGroupTeams, false).toBool();
    return p;
}

void Preferences::save() const {
    QSettings s;
    if (language.isEmpty())
        s.remove(kLanguage);
    else
        s.setValue(kLanguage, language);
    s.setValue(kSnapToGrid, snapToGrid);
    s.setValue(kGroupTeams, groupTeams);
}

QLocale Preferences::locale() const {
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

QStringList Preferences::languageCodes() {
    return {QString(), QStringLiteral("en"), QStringLiteral("de")};
}

} // namespace sightline::editor
