#include "quietmode.h"

#include "icons.h"

#include <QAction>
#include <QSettings>
#include <QSignalBlocker>
#include <QStringList>

namespace sightline::editor {

namespace {
// The maps left in quiet mode, by key.
const char* const kQuietMaps = "findings/quietMaps";
} // namespace

QuietMode::QuietMode(QObject* parent) : QObject(parent) {
    action_ = new QAction(icon(QStringLiteral("pause-findings")), tr("Pause findings"), this);
    action_->setObjectName(QStringLiteral("pauseFindings"));
    action_->setCheckable(true);
    action_->setToolTip(tr("Quiet mode for brainstorming: hide the findings' badges and the Findings dock "
                           "until you resume (remembered for this map)"));
    connect(action_, &QAction::toggled, this, [this](bool on) {
        if (!key_.isEmpty()) {
            QSettings settings;
            QStringList quiet = settings.value(QLatin1String(kQuietMaps)).toStringList();
            quiet.removeAll(key_);
            if (on)
                quiet.append(key_);
            settings.setValue(QLatin1String(kQuietMaps), quiet);
        }
        Q_EMIT changed(on);
    });
}

bool QuietMode::isOn() const {
    return action_->isChecked();
}

void QuietMode::setMap(const QString& key) {
    key_ = key;
    const bool on =
        !key.isEmpty() && QSettings().value(QLatin1String(kQuietMaps)).toStringList().contains(key);
    const QSignalBlocker blocker(action_);
    action_->setChecked(on);
}

} // namespace sightline::editor
