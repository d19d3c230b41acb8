// The node part of the Properties dock: one node's fields, a measure's values, and the shared
// fields of a multi-selection.
#include "../commands/changeentitiescommand.h"
#include "propertiesdock.h"
#include "sightline/editor/document.h"
#include "sightline/editor/workspace.h"
#include "sightline/render/mapscene.h"
#include "sightline/render/measurestatus.h"
#include "sightline/render/nodecolours.h"
#include "sightline/render/vocabulary.h"
#include "sightline/render/xmrchart.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <cmath>

namespace sightline::editor {

namespace {

template <class T, class IdT>
std::pair<QStringList, std::vector<std::optional<IdT>>> choices(const std::vector<T>& items, QString none) {
    QStringList labels{std::move(none)};
    std::vector<std::optional<IdT>> ids{std::nullopt};
    for (const T& item : items) {
        labels << QString::fromStdString(item.name);
        ids.push_back(item.id);
    }
    return {labels, ids};
}

template <class IdT> int indexOf(const std::vector<std::optional<IdT>>& ids, const std::optional<IdT>& id) {
    for (std::size_t i = 0; i < ids.size(); ++i)
        if (ids[i] == id)
            return static_cast<int>(i);
    return 0;
}

std::optional<double> parseNumber(const QString& text, bool* ok) {
    *ok = true;
    if (text.trimmed().isEmpty())
        return std::nullopt;
    QString t = text.trimmed();
    double v = t.toDouble(ok);
    if (!*ok) // "1,5" from a spreadsheet in a comma-decimal locale
        v = QString(t).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(ok);
    *ok = *ok && std::isfinite(v);
    return v;
}

// Ctrl+V on the values table replaces the values by the clipboard's rows.
class PasteFilter : public QObject {
public:
    PasteFilter(QObject* parent, std::function<void()> paste) : QObject(parent), paste_(std::move(paste)) {}

protected:
    bool eventFilter(QObject*, QEvent* event) override {
        if (event->type() == QEvent::KeyPress &&
            static_cast<QKeyEvent*>(event)->matches(QKeySequence::Paste)) {
            paste_();
            return true;
        }
        return false;
    }

private:
    std::function<void()> paste_;
};

} // namespace

void PropertiesDock::buildNode(const core::Node& node) {
    const core::Map& map = workspace_->document().map();
    const core::Vocabulary v = map.properties().vocabulary;
    const std::vector<core::NodeId> ids{node.id};
    form_->addRow(new QLabel(QStringLiteral("<b>%1</b> <span style='color:#5b6572'>%2</span>")
                                 .arg(render::kindLabel(v, node.kind), QString::fromStdString(node.id.str())),
                             body_));
    addText(QStringLiteral("title"), tr("Title"), QString::fromStdString(node.title),
            [this, ids](const QString& t) {
                return changeNodes(
                    ids, [&](core::Node& n) { n.title = t.toStdString(); }, tr("Rename"));
            });
    addText(QStringLiteral("description"), tr("Description"), QString::fromStdString(node.description),
            [this, ids](const QString& t) {
                return changeNodes(
                    ids, [&](core::Node& n) { n.description = t.toStdString(); }, tr("Change description"));
            });
    buildNodes(ids);
    if (node.kind == core::NodeKind::Objective) {
        addChoice(QStringLiteral("goal"), render::goalLabel(v),
                  {tr("No"), tr("Yes: a top goal of the organisation")}, node.goal ? 1 : 0,
                  [this, ids](int i) {
                      changeNodes(
                          ids, [&](core::Node& n) { n.goal = i == 1; }, tr("Change top goal"));
                  });
    }
    if (node.kind == core::NodeKind::Measure)
        buildMeasure(node);
    if (node.kind == core::NodeKind::Initiative)
        buildInitiative(node);
}

void PropertiesDock::buildNodes(const std::vector<core::NodeId>& ids) {
    const core::Map& map = workspace_->document().map();
    if (ids.size() > 1)
        form_->addRow(
            new QLabel(tr("<b>%n items selected</b>", nullptr, static_cast<int>(ids.size())), body_));
    // A field shows its value when all selected nodes share it, else "(mixed)".
    auto shared = [&](auto get) {
        auto first = get(*map.node(ids.front()));
        for (const core::NodeId& id : ids)
            if (get(*map.node(id)) != first)
                return std::optional<decltype(first)>();
        return std::optional<decltype(first)>(first);
    };
    auto addMixed = [&](QStringList labels, int current, bool mixed) {
        if (mixed) {
            labels << tr("(mixed)");
            current = static_cast<int>(labels.size()) - 1;
        }
        return std::pair(labels, current);
    };
    {
        auto [labels, teamIds] = choices<core::Team, core::TeamId>(map.teams(), tr("(no team)"));
        const auto value = shared([](const core::Node& n) { return n.team; });
        auto [l, current] = addMixed(labels, value ? indexOf(teamIds, *value) : 0, !value);
        addChoice(QStringLiteral("team"), tr("Team"), l, current, [this, ids, teamIds = teamIds](int i) {
            if (static_cast<std::size_t>(i) < teamIds.size())
                changeNodes(
                    ids, [&](core::Node& n) { n.team = teamIds[static_cast<std::size_t>(i)]; },
                    tr("Change team"));
        });
    }
    {
        auto [labels, personIds] = choices<core::Person, core::PersonId>(map.people(), tr("(no owner)"));
        const auto value = shared([](const core::Node& n) { return n.owner; });
        auto [l, current] = addMixed(labels, value ? indexOf(personIds, *value) : 0, !value);
        addChoice(QStringLiteral("owner"), tr("Owner"), l, current,
                  [this, ids, personIds = personIds](int i) {
                      if (static_cast<std::size_t>(i) < personIds.size())
                          changeNodes(
                              ids, [&](core::Node& n) { n.owner = personIds[static_cast<std::size_t>(i)]; },
                              tr("Change owner"));
                  });
    }
    {
        auto [labels, perspectiveIds] =
            choices<core::Perspective, core::PerspectiveId>(map.perspectives(), tr("(none)"));
        const auto value = shared([](const core::Node& n) { return n.perspective; });
        auto [l, current] = addMixed(labels, value ? indexOf(perspectiveIds, *value) : 0, !value);
        addChoice(
            QStringLiteral("perspective"), tr("Perspective"), l, current,
            [this, ids, perspectiveIds = perspectiveIds](int i) {
                if (static_cast<std::size_t>(i) < perspectiveIds.size())
                    changeNodes(
                        ids,
                        [&](core::Node& n) { n.perspective = perspectiveIds[static_cast<std::size_t>(i)]; },
                        tr("Change perspective"));
            });
    }
}

void PropertiesDock::buildMeasure(const core::Node& node) {
    const std::vector<core::NodeId> ids{node.id};
    // Where it stands, from its XmR chart (the same words as the card's tooltip).
    const render::MeasureStanding standing =
        render::measureStanding(node, workspace_->document().map().settings());
    QString status = render::statusLabel(standing.status);
    if (standing.basis == render::StatusBasis::Xmr)
        status += tr("<br><small>Latest value: %1. Against the target: %2.</small>")
                      .arg(render::pointKindLabel(standing.summary.variation).toLower(),
                           render::capabilityLabel(standing.summary.capability).toLower());
    else if (standing.basis == render::StatusBasis::LatestValue)
        status += tr("<br><small>Latest value against the target: too few values for limits.</small>");
    auto* statusLabel =
        new QLabel(QStringLiteral("<span style='color:%1'>■</span> %2")
                       .arg(render::statusColour(standing.status, render::Style()).name(), status),
                   body_);
    statusLabel->setObjectName(QStringLiteral("measureStatus"));
    statusLabel->setWordWrap(true);
    form_->addRow(tr("Status"), statusLabel);
    addText(QStringLiteral("unit"), tr("Unit"), QString::fromStdString(node.unit),
            [this, ids](const QString& t) {
                return changeNodes(
                    ids, [&](core::Node& n) { n.unit = t.toStdString(); }, tr("Change unit"));
            });
    addChoice(QStringLiteral("direction"), tr("Better when"),
              {tr("Higher ▲"), tr("Lower ▼"), tr("Closest to target ◎")}, static_cast<int>(node.direction),
              [this, ids](int i) {
                  changeNodes(
                      ids, [&](core::Node& n) { n.direction = static_cast<core::Direction>(i); },
                      tr("Change direction"));
              });
    auto number = [this, ids](const QString& key, const QString& label, std::optional<double> value,
                              std::optional<double> core::Node::*member) {
        addText(key, label, value ? QString::number(*value, 'g', 15) : QString(),
                [this, ids, member, label](const QString& t) {
                    bool ok = false;
                    const std::optional<double> parsed = parseNumber(t, &ok);
                    if (!ok) {
                        Q_EMIT workspace_->document().errorOccurred(
                            tr("%1: \"%2\" is not a number.").arg(label, t));
                        return false;
                    }
                    return changeNodes(
                        ids, [&](core::Node& n) { n.*member = parsed; },
                        tr("Change %1").arg(label.toLower()));
                });
    };
    number(QStringLiteral("baseline"), tr("Baseline"), node.baseline, &core::Node::baseline);
    number(QStringLiteral("target"), tr("Target"), node.target, &core::Node::target);
    addChoice(QStringLiteral("cadence"), tr("Cadence"),
              {tr("(not set)"), tr("Daily"), tr("Weekly"), tr("Monthly"), tr("Quarterly"), tr("Yearly")},
              node.cadence ? static_cast<int>(*node.cadence) + 1 : 0, [this, ids](int i) {
                  changeNodes(
                      ids,
                      [&](core::Node& n) {
                          n.cadence =
                              i == 0 ? std::nullopt : std::optional(static_cast<core::Cadence>(i - 1));
                      },
                      tr("Change cadence"));
              });

    values_ = new QTableWidget(static_cast<int>(node.values.size()), 3, body_);
    values_->setObjectName(QStringLiteral("field:values"));
    values_->setHorizontalHeaderLabels({tr("Date"), tr("Value"), tr("Note")});
    values_->horizontalHeader()->setStretchLastSection(true);
    values_->verticalHeader()->hide();
    values_->setMinimumHeight(160);
    for (std::size_t r = 0; r < node.values.size(); ++r) {
        const core::MeasureValue& mv = node.values[r];
        values_->setItem(static_cast<int>(r), 0,
                         new QTableWidgetItem(QString::fromStdString(mv.date.toString())));
        values_->setItem(static_cast<int>(r), 1, new QTableWidgetItem(QString::number(mv.value, 'g', 15)));
        values_->setItem(static_cast<int>(r), 2, new QTableWidgetItem(QString::fromStdString(mv.note)));
    }
    const core::NodeId id = node.id;
    connect(values_, &QTableWidget::cellChanged, this, [this, id] {
        if (!building_)
            commitValues(id);
    });
    values_->installEventFilter(
        new PasteFilter(values_, [this] { pasteValues(QApplication::clipboard()->text()); }));
    form_->addRow(new QLabel(tr("Values (paste rows from a spreadsheet: date, value, note)"), body_));
    form_->addRow(values_);
    auto* buttons = new QWidget(body_);
    auto* row = new QHBoxLayout(buttons);
    row->setContentsMargins(0, 0, 0, 0);
    auto* add = new QPushButton(tr("Add value"), buttons);
    auto* remove = new QPushButton(tr("Remove value"), buttons);
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch();
    form_->addRow(buttons);
    connect(add, &QPushButton::clicked, this, [this, ids] {
        const core::Node* n = workspace_->document().map().node(ids.front());
        core::Date date =
            core::Date::fromDays(QDate::currentDate().toJulianDay() - QDate(1970, 1, 1).toJulianDay());
        for (const core::MeasureValue& mv : n->values)
            if (mv.date >= date)
                date = mv.date.addDays(1);
        const double last = n->latestValue() ? n->latestValue()->value : 0;
        changeNodes(
            ids,
            [&](core::Node& x) {
                x.values.push_back({date, last, {}});
            },
            tr("Add value"));
    });
    connect(remove, &QPushButton::clicked, this, [this, ids] {
        if (!values_ || values_->currentRow() < 0)
            return;
        const int r = values_->currentRow();
        changeNodes(
            ids,
            [&](core::Node& x) {
                if (r < static_cast<int>(x.values.size()))
                    x.values.erase(x.values.begin() + r);
            },
            tr("Remove value"));
    });
}

void PropertiesDock::commitValues(const core::NodeId& id) {
    std::vector<core::MeasureValue> values;
    for (int r = 0; r < values_->rowCount(); ++r) {
        auto text = [&](int c) {
            return values_->item(r, c) ? values_->item(r, c)->text().trimmed() : QString();
        };
        const auto date = core::Date::parse(text(0).toStdString());
        bool ok = false;
        const auto value = parseNumber(text(1), &ok);
        if (!date || !ok || !value) {
            Q_EMIT workspace_->document().errorOccurred(
                tr("Value row %1: needs a date as YYYY-MM-DD and a number.").arg(r + 1));
            scheduleRebuild();
            return;
        }
        values.push_back({*date, *value, text(2).toStdString()});
    }
    if (!changeNodes(
            {id}, [&](core::Node& n) { n.values = values; }, tr("Change values")))
        scheduleRebuild();
}

bool PropertiesDock::parseValues(const QString& text, std::vector<core::MeasureValue>& out, QString* error) {
    out.clear();
    const QStringList lines =
        text.split(QRegularExpression(QStringLiteral("\r\n|\n|\r")), Qt::SkipEmptyParts);
    int number = 0;
    for (const QString& line : lines) {
        ++number;
        QStringList cells = line.split(QLatin1Char('\t'));
        if (cells.size() < 2)
            cells = line.split(QLatin1Char(';'));
        if (cells.size() < 2)
            cells = line.split(QLatin1Char(','));
        if (cells.size() < 2) {
            *error =
                tr("Line %1: expected a date and a value separated by a tab, \";\" or \",\".").arg(number);
            return false;
        }
        const auto date = core::Date::parse(cells[0].trimmed().toStdString());
        bool ok = false;
        const auto value = parseNumber(cells[1], &ok);
        if (!date) {
            if (number == 1 && out.empty())
                continue; // a header row ("Date, Value")
            *error = tr("Line %1: \"%2\" is not a date (YYYY-MM-DD).").arg(number).arg(cells[0].trimmed());
            return false;
        }
        if (!ok || !value) {
            *error = tr("Line %1: \"%2\" is not a number.").arg(number).arg(cells[1].trimmed());
            return false;
        }
        out.push_back({*date, *value, cells.mid(2).join(QLatin1Char(' ')).trimmed().toStdString()});
    }
    if (out.empty()) {
        *error = tr("The clipboard holds no values.");
        return false;
    }
    return true;
}

bool PropertiesDock::pasteValues(const QString& text) {
    if (!workspace_)
        return false;
    const auto selected = workspace_->scene().selectedNodeIds();
    const core::Node* n =
        selected.size() == 1 ? workspace_->document().map().node(selected.front()) : nullptr;
    if (!n || n->kind != core::NodeKind::Measure)
        return false;
    std::vector<core::MeasureValue> values;
    QString error;
    if (!parseValues(text, values, &error)) {
        Q_EMIT workspace_->document().errorOccurred(tr("Nothing was pasted: %1").arg(error));
        return false;
    }
    return changeNodes(
        {n->id}, [&](core::Node& x) { x.values = values; }, tr("Paste values"));
}

void PropertiesDock::buildInitiative(const core::Node& node) {
    const std::vector<core::NodeId> ids{node.id};
    addChoice(QStringLiteral("status"), tr("Status"),
              {tr("(not set)"), tr("Proposed"), tr("Active"), tr("On hold"), tr("Done"), tr("Cancelled")},
              node.status ? static_cast<int>(*node.status) + 1 : 0, [this, ids](int i) {
                  changeNodes(
                      ids,
                      [&](core::Node& n) {
                          n.status = i == 0 ? std::nullopt
                                            : std::optional(static_cast<core::InitiativeStatus>(i - 1));
                      },
                      tr("Change status"));
              });
    auto date = [this, ids](const QString& key, const QString& label, const std::optional<core::Date>& value,
                            std::optional<core::Date> core::Node::*member) {
        addText(key, label, value ? QString::fromStdString(value->toString()) : QString(),
                [this, ids, member, label](const QString& t) {
                    std::optional<core::Date> parsed;
                    if (!t.trimmed().isEmpty()) {
                        parsed = core::Date::parse(t.trimmed().toStdString());
                        if (!parsed) {
                            Q_EMIT workspace_->document().errorOccurred(
                                tr("%1: \"%2\" is not a date (YYYY-MM-DD).").arg(label, t));
                            return false;
                        }
                    }
                    return changeNodes(
                        ids, [&](core::Node& n) { n.*member = parsed; },
                        tr("Change %1").arg(label.toLower()));
                });
    };
    date(QStringLiteral("start"), tr("Start"), node.start, &core::Node::start);
    date(QStringLiteral("due"), tr("Due"), node.due, &core::Node::due);
}

} // namespace sightline::editor
