#include "sightline/editor/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

// The .qm files are a resource of the static editor library: referencing it keeps the linker
// from dropping it (src/editor/CMakeLists.txt).
static void initTranslationResource() {
    Q_INIT_RESOURCE(sightline_translations);
}

namespace sightline::editor {

Translations::Translations(const QLocale& locale) {
    initTranslationResource();
    auto own = std::make_unique<QTranslator>();
    if (!own->load(locale, QStringLiteral("sightline"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return; // English, as the program is written
    language_ = own->language().section(QLatin1Char('_'), 0, 0);
    QCoreApplication::installTranslator(own.get());
    translators_.push_back(std::move(own));
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        translators_.push_back(std::move(qt));
    }
}

Translations::~Translations() {
    for (const auto& translator : translators_)
        QCoreApplication::removeTranslator(translator.get());
}

} // namespace sightline::editor
