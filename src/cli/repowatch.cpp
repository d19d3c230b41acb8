#include "repowatch.h"

#include "argparser.h"
#include "repositoryaccess.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimer>
#include <QVariant>
#include <memory>

namespace sightline::cli {

namespace {

std::optional<long long> positiveNumber(const std::optional<std::string>& text) {
    if (!text)
        return std::nullopt;
    try {
        std::size_t used = 0;
        const long long n = std::stoll(*text, &used);
        if (used == text->size() && n > 0)
            return n;
    } catch (const std::exception&) {
    }
    return -1;
}

} // namespace

int runWatch(CommandContext& ctx, std::span<const std::string> args) {
    std::string url;
    std::optional<std::string> countText, timeoutText;
    ArgParser parser("repo watch",
                     "Print REV USER for each revision of the map committed by anyone, as its "
                     "\nnotification arrives. Runs until --count revisions or --timeout seconds.");
    parser.positional("URL", url, "postgresql://HOST/DATABASE?map=NAME");
    parser.option("--count", "N", countText, "stop after N revisions");
    parser.option("--timeout", "S", timeoutText, "stop after S seconds");
    if (auto exit = parser.parse(args, ctx))
        return *exit;
    const auto count = positiveNumber(countText);
    const auto timeout = positiveNumber(timeoutText);
    if ((count && *count < 0) || (timeout && *timeout < 0)) {
        ctx.err << "sightline-cli repo watch: --count and --timeout take a positive whole number\n";
        return kExitBadInput;
    }
    std::unique_ptr<QCoreApplication> app;
    static int argc = 1;
    static char name[] = "sightline-cli";
    static char* argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        app = std::make_unique<QCoreApplication>(argc, argv);
    auto repo = connectRepository(url, true, "repo watch", ctx.err);
    if (!repo)
        return kExitBadInput;
    const QString map = repo->address().map;
    QSqlDatabase db = repo->database();
    if (!db.driver()->subscribeToNotification(QStringLiteral("sightline"))) {
        ctx.err << "sightline-cli repo watch: cannot listen for notifications\n";
        return kExitBadInput;
    }
    // Ready: a script may start writing once this line is out.
    ctx.err << "watching " << map.toStdString() << "\n";
    ctx.err.flush();
    QEventLoop loop;
    long long seen = 0;
    QObject::connect(
        db.driver(), &QSqlDriver::notification, &loop,
        [&](const QString& channel, QSqlDriver::NotificationSource, const QVariant& payload) {
            const QString text = payload.toString();
            const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
            if (channel != QLatin1String("sightline") || colon < 0 || text.left(colon) != map)
                return;
            const long long rev = text.mid(colon + 1).toLongLong();
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT \"user\" FROM sightline.log WHERE map = ? AND rev = ?"));
            q.addBindValue(map);
            q.addBindValue(rev);
            const std::string user = q.exec() && q.next() ? q.value(0).toString().toStdString() : "?";
            ctx.out << rev << " " << user << "\n";
            ctx.out.flush();
            if (count && ++seen >= *count)
                loop.quit();
        });
    if (timeout)
        QTimer::singleShot(static_cast<int>(*timeout * 1000), &loop, &QEventLoop::quit);
    loop.exec();
    db.driver()->unsubscribeFromNotification(QStringLiteral("sightline"));
    return kExitOk;
}

} // namespace sightline::cli
