#include "sightline/storage/repositoryaddress.h"

#include <QUrl>
#include <QUrlQuery>

namespace sightline::storage {

bool isRepositoryAddress(std::string_view text) {
    return text.starts_with("postgresql://") || text.starts_with("postgres://");
}

std::optional<RepositoryAddress> parseRepositoryAddress(std::string_view text, std::string& error) {
    if (!isRepositoryAddress(text)) {
        error = "a repository address starts with postgresql://";
        return std::nullopt;
    }
    const QUrl url(QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())), QUrl::StrictMode);
    if (!url.isValid()) {
        error = "not a valid address: " + url.errorString().toStdString();
        return std::nullopt;
    }
    RepositoryAddress a;
    a.user = url.userName(QUrl::FullyDecoded);
    a.password = url.password(QUrl::FullyDecoded);
    a.host = url.host(QUrl::FullyDecoded);
    a.port = url.port(-1);
    a.database = url.path(QUrl::FullyDecoded).mid(1);
    if (a.database.isEmpty() || a.database.contains(QLatin1Char('/'))) {
        error = "the address names no database: postgresql://HOST/DATABASE?map=NAME";
        return std::nullopt;
    }
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("map"))
            a.map = value;
        else if (key == QLatin1String("host"))
            a.host = value;
        else if (key == QLatin1String("port")) {
            bool ok = false;
            a.port = value.toInt(&ok);
            if (!ok || a.port <= 0 || a.port > 65535) {
                error = "port=" + value.toStdString() + " is not a port number";
                return std::nullopt;
            }
        } else if (key == QLatin1String("user"))
            a.user = value;
        else if (key == QLatin1String("password"))
            a.password = value;
        else if (key == QLatin1String("dbname"))
            a.database = value;
        else if (key.isEmpty() || value.contains(QLatin1Char(';'))) {
            error = "the address's query has a bad item '" + key.toStdString() + "'";
            return std::nullopt;
        } else
            a.options.emplace_back(key, value);
    }
    return a;
}

QString RepositoryAddress::display() const {
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    if (!user.isEmpty())
        url.setUserName(user);
    if (!host.startsWith(QLatin1Char('/')))
        url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    if (!map.isEmpty())
        query.addQueryItem(QStringLiteral("map"), map);
    if (host.startsWith(QLatin1Char('/')))
        query.addQueryItem(QStringLiteral("host"), host);
    for (const auto& [k, v] : options)
        query.addQueryItem(k, v);
    url.setQuery(query);
    return url.toString();
}

} // namespace sightline::storage
