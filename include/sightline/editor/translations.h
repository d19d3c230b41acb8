#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>
#include <memory>
#include <vector>

namespace sightline::editor {

// The editor's translations for a locale, installed on the application while this object lives:
// Sightline's own (resources/translations/sightline_<lang>.ts, compiled by lrelease into the
// editor under :/i18n) and, when Sightline has that language, Qt's for its standard dialogs
// (qt6-translations-l10n). QLocale::system() follows LANGUAGE, then LC_ALL, LC_MESSAGES, LANG.
// Create it before the main window: texts are translated when the widgets are made.
class Translations {
public:
    explicit Translations(const QLocale& locale = QLocale::system());
    ~Translations();
    Translations(const Translations&) = delete;
    Translations& operator=(const Translations&) = delete;

    // The language of the installed translation ("de"); empty when the editor speaks English.
    QString language() const { return language_; }

private:
    std::vector<std::unique_ptr<QTranslator>> translators_;
    QString language_;
};

} // namespace sightline::editor
