#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

namespace vfu {

Q_LOGGING_CATEGORY(lcI18n, "vfudesk.core.i18n", QtInfoMsg)

namespace {

bool install(const QLocale &locale, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, QStringLiteral("_"), folder)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    qCDebug(lcI18n) << "no translation" << name << "for" << locale.name();
    delete translator;
    return false;
}

} // namespace

void installTranslations(const QLocale &locale)
{
    // English is the source language; its translation only holds the plural forms.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        install(QLocale(QLocale::English), QStringLiteral("vfudesk"), QStringLiteral(":/i18n"));
        return;
    }
    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    // Qt 6 ships qtbase_xx; some distributions only have the older combined qt_xx.
    if (!install(locale, QStringLiteral("qtbase"), qtFolder))
        install(locale, QStringLiteral("qt"), qtFolder);
    install(locale, QStringLiteral("vfudesk"), QStringLiteral(":/i18n"));
}

} // namespace vfu
