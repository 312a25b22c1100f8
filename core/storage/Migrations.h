#pragma once

#include <QList>
#include <QStringList>

namespace vfu {

// The schema, step by step. A step is never changed once released: a change is a new step.
// SQL stays portable enough for PostgreSQL: TEXT dates in ISO-8601, no SQLite-only functions.
struct Migration final
{
    int version = 0;
    QStringList statements;
};

const QList<Migration> &migrations();

} // namespace vfu
