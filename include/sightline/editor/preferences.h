#pragma once

#include <QLocale>
#include <QString>

namespace sightline::editor {

// The user's preferences, kept in QSettings (one place for their keys). The language is read
// before any window is made (src/app/main.cpp); the rest is applied by the main window.
struct Preferences {
    // "" follows the desktop (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); otherwise a language code
    // Sightline has a translation for ("en", "de").
    QString language;
    bool snapToGrid = false;
    bool groupTeams = false;

    static Preferences load();
    void save() const;

    // The locale the editor speaks: the chosen language, or the system's.
    QLocale locale() const;
    // The settings keys, for the places that also follow a preference as it changes (the Snap to
    // grid and Group teams actions).
    static QString snapToGridKey() { return QStringLiteral("options/snapToGrid"); }
    static QString groupTeamsKey() { return QStringLiteral("views/groupTeams"); }
    static QString languageKey() { return QStringLiteral("ui/language"); }

    // The languages offered: code and name in that language ("" = the desktop's).
    static QStringList languageCodes();
};

} // namespace sightline::editor
