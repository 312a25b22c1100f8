#include "core/clock/IsoDate.h"

#include "support/Catch.h"

using namespace Qt::StringLiterals;
using vfu::isoDate;

TEST_CASE("A date is read as YYYY-MM-DD and nothing else")
{
    CHECK(isoDate(u"2026-02-03") == QDate(2026, 2, 3));
    CHECK(isoDate(u"2024-02-29") == QDate(2024, 2, 29));
    // What Qt's own ISO reading takes as 3 February.
    CHECK_FALSE(isoDate(u"2026-02-03xyz").isValid());
    CHECK_FALSE(isoDate(u"2026-02-03T25:99").isValid());
    CHECK_FALSE(isoDate(u"2026-02-03 12:00").isValid());
    // Days that are none, other spellings, digits of other scripts.
    CHECK_FALSE(isoDate(u"2026-02-29").isValid());
    CHECK_FALSE(isoDate(u"2026-13-01").isValid());
    CHECK_FALSE(isoDate(u"2026-00-10").isValid());
    CHECK_FALSE(isoDate(u"0000-01-01").isValid());
    CHECK_FALSE(isoDate(u"26-1-1").isValid());
    CHECK_FALSE(isoDate(u"2026-2-3").isValid());
    CHECK_FALSE(isoDate(u" 2026-02-03").isValid());
    CHECK_FALSE(isoDate(u"2026/02/03").isValid());
    CHECK_FALSE(isoDate(u"\uff12\uff10\uff12\uff16-02-03").isValid());
    CHECK_FALSE(isoDate(u"").isValid());
}
