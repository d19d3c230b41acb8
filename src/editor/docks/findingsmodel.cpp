#include "findingsmodel.h"

#include "ruletitle.h"
#include "sightline/analysis/rules.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace sightline::editor {

namespace {

int groupOf(const analysis::Finding& f) {
    if (f.waived)
        return 3;
    return static_cast<int>(f.severity);
}

QString groupTitle(int group, int count) {
    switch (group) {
    case 0:
        return FindingsModel::tr("Errors (%1)").arg(count);
    case 1:
        return FindingsModel::tr("Warnings (%1)").arg(count);
    case 2:
        return FindingsModel::tr("Information (%1)").arg(count);
    default:
        return FindingsModel::tr("Waived (%1)").arg(count);
    }
}

QColor groupColour(int group) {
    switch (group) {
    case 0:
        return QColor(0xc6, 0x28, 0x28);
    case 1:
        return QColor(0xb2, 0x6a, 0x00);
    case 2:
        return QColor(0x15, 0x65, 0xc0);
    default:
        return QColor(0x6b, 0x76, 0x86);
    }
}

} // namespace

FindingsModel::FindingsModel(QObject* parent) : QAbstractItemModel(parent) {}

QString FindingsModel::key(const analysis::Finding& f) {
    QString k = QString::fromStdString(f.rule) + QLatin1Char('|');
    if (f.team && f.nodes.empty())
        return k + QStringLiteral("team:") + QString::fromStdString(f.team->str());
    if (const auto rule = analysis::ruleFromId(f.rule); rule && analysis::ruleInfo(*rule).teamRule && f.team)
        return k + QStringLiteral("team:") + QString::fromStdString(f.team->str());
    return k + (f.nodes.empty() ? QString() : QString::fromStdString(f.nodes.front().str()));
}

void FindingsModel::setResult(std::shared_ptr<const AnalysisResult> result, core::Vocabulary vocabulary) {
    beginResetModel();
    vocabulary_ = vocabulary;
    result_ = std::move(result);
    rows_.clear();
    roots_.clear();
    if (result_) {
        const auto& findings = result_->report.findings;
        rows_.reserve(findings.size() + 64);
        int groupRow[4] = {-1, -1, -1, -1};
        // Findings come sorted by severity, then rule: one rule row per run of a rule.
        int ruleRow[4] = {-1, -1, -1, -1};
        std::string lastRule[4];
        // Group rows first so that they come out in the order errors, warnings, info, waived.
        for (const analysis::Finding& f : findings)
            groupRow[groupOf(f)] = 0;
        for (int g = 0; g < 4; ++g) {
            if (groupRow[g] < 0)
                continue;
            groupRow[g] = static_cast<int>(rows_.size());
            rows_.push_back({-1, static_cast<int>(roots_.size()), -1, g, {}});
            roots_.push_back(groupRow[g]);
        }
        for (std::size_t i = 0; i < findings.size(); ++i) {
            const analysis::Finding& f = findings[i];
            const int g = groupOf(f);
            if (ruleRow[g] < 0 || lastRule[g] != f.rule) {
                // Waived findings of one rule may be scattered: reuse the rule's row.
                int existing = -1;
                for (int child : rows_[static_cast<std::size_t>(groupRow[g])].children)
                    if (findings[static_cast<std::size_t>(
                                     rows_[static_cast<std::size_t>(
                                               rows_[static_cast<std::size_t>(child)].children.front())]
                                         .finding)]
                            .rule == f.rule)
                        existing = child;
                if (existing < 0) {
                    existing = static_cast<int>(rows_.size());
                    auto& siblings = rows_[static_cast<std::size_t>(groupRow[g])].children;
                    rows_.push_back({groupRow[g], static_cast<int>(siblings.size()), -1, g, {}});
                    rows_[static_cast<std::size_t>(groupRow[g])].children.push_back(existing);
                }
                ruleRow[g] = existing;
                lastRule[g] = f.rule;
            }
            auto& parentRow = rows_[static_cast<std::size_t>(ruleRow[g])];
            const int row = static_cast<int>(rows_.size());
            const int position = static_cast<int>(parentRow.children.size());
            parentRow.children.push_back(row);
            rows_.push_back({ruleRow[g], position, static_cast<int>(i), g, {}});
        }
    }
    endResetModel();
}

const analysis::Finding* FindingsModel::finding(const QModelIndex& index) const {
    if (!index.isValid() || !result_)
        return nullptr;
    const Row& r = rows_[index.internalId()];
    return r.finding < 0 ? nullptr : &result_->report.findings[static_cast<std::size_t>(r.finding)];
}

QModelIndex FindingsModel::indexOfRow(int row) const {
    if (row < 0)
        return {};
    return createIndex(rows_[static_cast<std::size_t>(row)].rowInParent, 0, static_cast<quintptr>(row));
}

QModelIndex FindingsModel::indexOfKey(const QString& k) const {
    if (!result_)
        return {};
    for (std::size_t i = 0; i < rows_.size(); ++i)
        if (rows_[i].finding >= 0 &&
            key(result_->report.findings[static_cast<std::size_t>(rows_[i].finding)]) == k)
            return indexOfRow(static_cast<int>(i));
    return {};
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex& parent) const {
    if (column != 0 || row < 0)
        return {};
    const std::vector<int>& list = parent.isValid() ? rows_[parent.internalId()].children : roots_;
    if (row >= static_cast<int>(list.size()))
        return {};
    return createIndex(row, 0, static_cast<quintptr>(list[static_cast<std::size_t>(row)]));
}

QModelIndex FindingsModel::parent(const QModelIndex& child) const {
    if (!child.isValid())
        return {};
    return indexOfRow(rows_[child.internalId()].parent);
}

int FindingsModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return static_cast<int>(roots_.size());
    if (parent.column() != 0)
        return 0;
    return static_cast<int>(rows_[parent.internalId()].children.size());
}

int FindingsModel::columnCount(const QModelIndex&) const {
    return 1;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !result_)
        return {};
    const Row& r = rows_[index.internalId()];
    const auto& findings = result_->report.findings;
    if (r.finding >= 0) {
        const analysis::Finding& f = findings[static_cast<std::size_t>(r.finding)];
        switch (role) {
        case Qt::DisplayRole: {
            // The first sentence (what is wrong); the whole message is in the details below.
            const QString message = QString::fromStdString(f.message);
            const qsizetype end = message.indexOf(QLatin1String(". "));
            return end < 0 ? message : message.left(end + 1);
        }
        case Qt::ToolTipRole:
            return f.waived
                       ? tr("%1\n\nWaived: %2")
                             .arg(QString::fromStdString(f.message), QString::fromStdString(f.waiverReason))
                       : QString::fromStdString(f.message);
        case Qt::ForegroundRole:
            return f.waived ? QBrush(QColor(0x6b, 0x76, 0x86)) : QVariant();
        case KeyRole:
            return key(f);
        default:
            return {};
        }
    }
    if (r.parent < 0) { // severity group
        int count = 0;
        for (int c : r.children)
            count += static_cast<int>(rows_[static_cast<std::size_t>(c)].children.size());
        switch (role) {
        case Qt::DisplayRole:
            return groupTitle(r.group, count);
        case Qt::ForegroundRole:
            return QBrush(groupColour(r.group));
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        default:
            return {};
        }
    }
    // Rule group: the rule's summary in people's words, and its id.
    const analysis::Finding& first =
        findings[static_cast<std::size_t>(rows_[static_cast<std::size_t>(r.children.front())].finding)];
    const auto rule = analysis::ruleFromId(first.rule);
    const QString summary =
        rule ? QString::fromUtf8(analysis::ruleInfo(*rule).summary.data(),
                                 static_cast<qsizetype>(analysis::ruleInfo(*rule).summary.size()))
             : QString();
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(ruleTitle(first.rule, vocabulary_)).arg(r.children.size());
    case Qt::ToolTipRole:
        return tr("%1 (rule %2)").arg(summary, QString::fromStdString(first.rule));
    case Qt::FontRole: {
        QFont f;
        f.setWeight(QFont::DemiBold);
        return f;
    }
    default:
        return {};
    }
}

} // namespace sightline::editor
