#include "app/cli/Cli.h"

namespace vfu::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message, int code)
{
    err() << "vfudesk-cli: " << message << Qt::endl;
    return code;
}

void printJson(const QJsonDocument &document)
{
    out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out().flush();
}

std::optional<QDate> dateOption(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name))
        return std::nullopt;
    const QDate date = QDate::fromString(parser.value(name), Qt::ISODate);
    return date.isValid() ? std::optional(date) : std::nullopt;
}

std::optional<bool> switchOption(const QCommandLineParser &parser, const QString &name)
{
    const QString value = parser.value(name);
    if (value == u"on")
        return true;
    if (value == u"off")
        return false;
    return std::nullopt;
}

} // namespace vfu::cli
