#include "core/identity/HsaId.h"

#include "support/Catch.h"

using namespace Qt::StringLiterals;
using vfu::HsaId;

namespace {

HsaId parsed(const QString &text)
{
    const auto result = HsaId::parse(text);
    INFO("parsing " << text << " gave: " << result.error());
    REQUIRE(result.isOk());
    return result.value();
}

QString rejection(const QString &text)
{
    const auto result = HsaId::parse(text);
    INFO("parsing " << text << " should fail but gave "
                    << (result ? result->toString() : QString()));
    REQUIRE_FALSE(result.isOk());
    return result.error();
}

} // namespace

TEST_CASE("An HSA-ID of Region Stockholm is accepted and taken apart")
{
    const HsaId id = parsed(u"SE2321000016-ABCD"_s);

    CHECK(id.toString() == u"SE2321000016-ABCD"_s);
    CHECK(id.organisationNumber() == u"2321000016"_s);
    CHECK(id.suffix() == u"ABCD"_s);
    CHECK_FALSE(id.isNull());
}

TEST_CASE("An HSA-ID is trimmed and its country code written in capitals")
{
    const HsaId id = parsed(u"  se2321000016-7p0k \t"_s);

    CHECK(id.toString() == u"SE2321000016-7p0k"_s);
    CHECK(id.suffix() == u"7p0k"_s);
    CHECK(id == parsed(u"Se2321000016-7p0k"_s));
    CHECK(qHash(id) == qHash(parsed(u"SE2321000016-7p0k"_s)));
}

TEST_CASE("An HSA-ID of 31 characters is accepted and one of 32 rejected")
{
    const QString longest = u"SE2321000131-"_s + QString(18, u'A');
    REQUIRE(longest.size() == 31);

    CHECK(parsed(longest).toString() == longest);
    CHECK(rejection(longest + u'A') == u"An HSA-ID has at most 31 characters; this has 32."_s);
}

TEST_CASE("An empty HSA-ID is rejected")
{
    CHECK(rejection(QString()) == u"The HSA-ID is empty."_s);
    CHECK(rejection(u"  "_s) == u"The HSA-ID is empty."_s);
}

TEST_CASE("The Swedish letters å, ä and ö are rejected and named, in either case")
{
    CHECK(rejection(u"SE2321000016-\u00c5SA"_s) ==
          u"An HSA-ID cannot contain '\u00c5'; it uses the letters A to Z only."_s);
    CHECK(rejection(u"SE2321000016-b\u00e4r"_s) ==
          u"An HSA-ID cannot contain '\u00e4'; it uses the letters A to Z only."_s);
    CHECK(rejection(u"SE2321000016-\u00d6"_s) ==
          u"An HSA-ID cannot contain '\u00d6'; it uses the letters A to Z only."_s);
    CHECK(rejection(u"SE2321000016-\u00e5\u00e4\u00f6"_s) ==
          u"An HSA-ID cannot contain '\u00e5'; it uses the letters A to Z only."_s);
}

TEST_CASE("An e-mail address is not an HSA-ID")
{
    CHECK(rejection(u"abcd@regionstockholm.se"_s) ==
          u"An HSA-ID cannot contain '@'; it is not an e-mail address."_s);
    CHECK(rejection(u"SE2321000016-AB@CD"_s) ==
          u"An HSA-ID cannot contain '@'; it is not an e-mail address."_s);
}

TEST_CASE("An HSA-ID must start with the country code SE")
{
    CHECK(rejection(u"2321000016-ABCD"_s) == u"An HSA-ID starts with the country code SE."_s);
    CHECK(rejection(u"NO2321000016-ABCD"_s) == u"An HSA-ID starts with the country code SE."_s);
}

TEST_CASE("An HSA-ID must carry a 10-digit organisation number")
{
    const QString message = u"After SE come the 10 digits of an organisation number."_s;

    CHECK(rejection(u"SE232100001-ABCD"_s) == message);
    CHECK(rejection(u"SE23210O0016-ABCD"_s) == message);
    CHECK(rejection(u"SE"_s) == message);
}

TEST_CASE("An organisation number with a wrong check digit is rejected")
{
    CHECK(rejection(u"SE2321000017-ABCD"_s) ==
          u"The organisation number 2321000017 is not valid: its check digit should be 6, "
          u"not 7."_s);
}

TEST_CASE("The organisation number must be followed by a hyphen and a suffix")
{
    const QString noHyphen =
        u"A hyphen must follow the organisation number, as in SE2321000016-ABCD."_s;

    CHECK(rejection(u"SE2321000016ABCD"_s) == noHyphen);
    CHECK(rejection(u"SE2321000016"_s) == noHyphen);
    CHECK(rejection(u"SE23210000161-ABCD"_s) == noHyphen);
    CHECK(rejection(u"SE2321000016-"_s) == u"The part after the hyphen is missing."_s);
}

TEST_CASE("A suffix of anything but letters A to Z and digits is rejected and named")
{
    CHECK(rejection(u"SE2321000016-AB_CD"_s) ==
          u"After the hyphen an HSA-ID holds only the letters A to Z and digits, not '_'."_s);
    CHECK(rejection(u"SE2321000016-AB-CD"_s) ==
          u"After the hyphen an HSA-ID holds only the letters A to Z and digits, not '-'."_s);
    CHECK(rejection(u"SE2321000016-AB CD"_s) ==
          u"After the hyphen an HSA-ID holds only the letters A to Z and digits, not ' '."_s);
    CHECK(rejection(u"SE2321000016-\u00e9"_s) ==
          u"After the hyphen an HSA-ID holds only the letters A to Z and digits, not "
          u"'\u00e9'."_s);
}

TEST_CASE("A default HSA-ID is null")
{
    const HsaId none;

    CHECK(none.isNull());
    CHECK(none.toString().isEmpty());
    CHECK(none.organisationNumber().isEmpty());
    CHECK(none == HsaId());
}
