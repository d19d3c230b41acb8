// The map part of the Properties dock (nothing selected): title, description, vocabulary, the
// analysis thresholds (settings) and the perspectives.
#include "../commands/changeentitiescommand.h"
#include "perspectiveseditor.h"
#include "propertiesdock.h"
#include "sightline/editor/document.h"
#include "sightline/editor/workspace.h"
#include "sightline/render/vocabulary.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <algorithm>
#include <cmath>

namespace sightline::editor {

namespace {

QString lowerWord(QString word) { // "Results" -> "results"; "KPIs" stays
    if (word.size() > 1 && word.at(1).isLower())
        word[0] = word.at(0).toLower();
    return word;
}

} // namespace

void PropertiesDock::buildMap() {
    Document& document = workspace_->document();
    core::Map& map = document.map();
    const core::MapProperties props = map.properties();
    const core::Vocabulary v = props.vocabulary;
    form_->addRow(new QLabel(tr("<b>Map</b>"), body_));
    Document* doc = &document; // the commits below run after this function returned
    auto setProps = [doc](core::MapProperties p, const QString& text) {
        return doc->push(std::make_unique<ChangePropertiesCommand>(doc->map(), std::move(p), text)).ok();
    };
    addText(QStringLiteral("title"), tr("Title"), QString::fromStdString(props.title),
            [props, setProps](const QString& t) {
                auto p = props;
                p.title = t.toStdString();
                return setProps(p, tr("Change map title"));
            });
    addText(QStringLiteral("description"), tr("Description"), QString::fromStdString(props.description),
            [props, setProps](const QString& t) {
                auto p = props;
                p.description = t.toStdString();
                return setProps(p, tr("Change map description"));
            });
    QStringList vocabularies;
    for (auto voc : {core::Vocabulary::Pump, core::Vocabulary::Bsc, core::Vocabulary::Okr})
        vocabularies << render::vocabularyName(voc);
    addChoice(QStringLiteral("vocabulary"), tr("Vocabulary"), vocabularies, static_cast<int>(v),
              [props, setProps](int i) {
                  auto p = props;
                  p.vocabulary = static_cast<core::Vocabulary>(i);
                  setProps(p, tr("Change vocabulary"));
              });
    const auto count = [&](core::NodeKind k) {
        return std::count_if(map.nodes().begin(), map.nodes().end(),
                             [k](const core::Node& n) { return n.kind == k; });
    };
    form_->addRow(new QLabel(
        tr("%1 · %2 · %3 · %4 links")
            .arg(render::countLabel(v, core::NodeKind::Objective, count(core::NodeKind::Objective)))
            .arg(render::countLabel(v, core::NodeKind::Measure, count(core::NodeKind::Measure)))
            .arg(render::countLabel(v, core::NodeKind::Initiative, count(core::NodeKind::Initiative)))
            .arg(map.links().size()),
        body_));

    // Analysis thresholds: whole numbers of 0 or more, and a share between 0 and 1.
    form_->addRow(new QLabel(tr("<b>Analysis thresholds</b>"), body_));
    const core::Settings settings = map.settings();
    auto setSettings = [doc](core::Settings s, const QString& text) {
        return doc->push(std::make_unique<ChangeSettingsCommand>(doc->map(), s, text)).ok();
    };
    auto wholeNumber = [this](const QString& t, const QString& what, int* out) {
        bool ok = false;
        *out = t.trimmed().toInt(&ok);
        if (ok && *out >= 0)
            return true;
        Q_EMIT workspace_->document().errorOccurred(
            tr("%1 must be a whole number of 0 or more; got “%2”.").arg(what, t.trimmed()));
        return false;
    };
    const QString measures = tr("Most %1 per %2")
                                 .arg(lowerWord(render::kindLabelPlural(v, core::NodeKind::Measure)),
                                      lowerWord(render::kindLabel(v, core::NodeKind::Objective)));
    addText(QStringLiteral("maxMeasuresPerObjective"), measures,
            QString::number(settings.maxMeasuresPerObjective),
            [settings, setSettings, wholeNumber, measures](const QString& t) {
                auto s = settings;
                return wholeNumber(t, measures, &s.maxMeasuresPerObjective) &&
                       setSettings(s, tr("Change threshold"));
            });
    const QString objectives =
        tr("Most %1 per team").arg(lowerWord(render::kindLabelPlural(v, core::NodeKind::Objective)));
    addText(QStringLiteral("maxObjectivesPerTeam"), objectives,
            QString::number(settings.maxObjectivesPerTeam),
            [settings, setSettings, wholeNumber, objectives](const QString& t) {
                auto s = settings;
                return wholeNumber(t, objectives, &s.maxObjectivesPerTeam) &&
                       setSettings(s, tr("Change threshold"));
            });
    QLineEdit* share = addText(
        QStringLiteral("miniMeScorecardShare"), tr("Copied-scorecard share"),
        QString::number(settings.miniMeScorecardShare), [this, settings, setSettings](const QString& t) {
            bool ok = false;
            QString text = t.trimmed();
            double value = text.toDouble(&ok);
            if (!ok) // "0,5" typed in a comma-decimal habit
                value = QString(text).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
            if (!ok || !std::isfinite(value) || value < 0 || value > 1) {
                Q_EMIT workspace_->document().errorOccurred(
                    tr("The copied-scorecard share must be a number from 0 to 1; got “%1”.").arg(text));
                return false;
            }
            auto s = settings;
            s.miniMeScorecardShare = value;
            return setSettings(s, tr("Change threshold"));
        });
    share->setToolTip(tr("A team whose share of %1 copied from a parent team exceeds this is flagged "
                         "(0 to 1)")
                          .arg(lowerWord(render::kindLabelPlural(v, core::NodeKind::Objective))));

    form_->addRow(new QLabel(tr("<b>Perspectives</b> (strategy-map bands, top first)"), body_));
    auto* perspectives = new PerspectivesEditor(document, perspectives_, body_);
    connect(perspectives, &PerspectivesEditor::refused, this, &PropertiesDock::scheduleRebuild);
    form_->addRow(perspectives);
}

} // namespace sightline::editor
