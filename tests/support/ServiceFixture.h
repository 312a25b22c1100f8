#pragma once

#include "core/StudentService.h"
#include "core/clock/Clock.h"
#include "core/storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace vfu::test {

// A new data file in a temporary folder, and a StudentService on it on a fixed day.
struct ServiceFixture
{
    explicit ServiceFixture(QDate today = QDate(2026, 12, 3));

    // Imports a list given as the bytes of a file, with the columns found by name; the batch.
    qint64 import(const QByteArray &bytes);
    Student student(const QString &identity);

    QTemporaryDir dir;
    FixedClock clock;
    std::unique_ptr<Database> database;
    std::unique_ptr<StudentService> service;
};

// An event as the journey rules read it.
JourneyEvent event(qint64 id, Step step, QDate date, QString value = {});

} // namespace vfu::test
