#include "sightline/editor/preferences.h"

#include <QSettings>

namespace sightline::editor {

Preferences Preferences::load() {
    const QSettings s;
    Preferences p;
    p.language = s.value(languageKey()).toString();
    if (!languageCodes().contains(p.language))
        p.language.clear(); // a language this build does not have: the desktop's
    p.snapToGrid = s.value(snapToGridKey(), false).toBool();
    p.groupTeams = s.value(groupTeamsKey(), false).toBool();
    return p;
}

void Preferences::save() const {
    QSettings s;
    if (language.isEmpty())
        s.remove(languageKey());
    else
        s.setValue(languageKey(), language);
    s.setValue(snapToGridKey(), snapToGrid);
    s.setValue(groupTeamsKey(), groupTeams);
}

QLocale Preferences::locale() const {
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

QStringList Preferences::languageCodes() {
    return {QString(), QStringLiteral("en"), QStringLiteral("de")};
}

} // namespace sightline::editor
