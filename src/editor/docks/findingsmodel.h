#pragma once

#ifndef Q_MOC_RUN
#include "../live/analysisworker.h"
#endif

#include <QAbstractItemModel>
#include <memory>
#include <vector>

namespace sightline::editor {

// The findings of the live analysis as a tree: severity (errors, warnings, information, then
// the waived ones), rule, finding. Built in one linear pass over a result; rows are plain
// indices, texts are made when the view asks for them, so 10,000 findings cost nothing.
class FindingsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role { FindingRole = Qt::UserRole + 1, KeyRole };

    explicit FindingsModel(QObject* parent = nullptr);

    void setResult(std::shared_ptr<const AnalysisResult> result, core::Vocabulary vocabulary);
    const std::shared_ptr<const AnalysisResult>& result() const { return result_; }

    // The finding behind an index; null for group rows.
    const analysis::Finding* finding(const QModelIndex& index) const;
    // Finds the row of a finding by its key (rule and lead node, or team).
    QModelIndex indexOfKey(const QString& key) const;
    static QString key(const analysis::Finding& finding);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        int parent = -1;
        int rowInParent = 0;
        int finding = -1; // index into the report, for finding rows
        int group = -1;   // 0 errors, 1 warnings, 2 info, 3 waived (severity rows and rule rows)
        std::vector<int> children;
    };
    QModelIndex indexOfRow(int row) const;

    std::shared_ptr<const AnalysisResult> result_;
    std::vector<Row> rows_; // roots are listed in roots_
    std::vector<int> roots_;
    core::Vocabulary vocabulary_ = core::Vocabulary::Pump;
};

} // namespace sightline::editor
