// SPDX-License-Identifier: MIT
// Migration scripts cut into statements: semicolons in literals, quoted names and comments stay put.
#include "core/SqlScript.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

TEST(SqlScriptTest, IgnoresSemicolonsInLiteralsQuotedNamesAndComments)
{
    const QString sql = u"-- header; with a semicolon\n"
                        "CREATE TABLE t (a TEXT DEFAULT 'x;y', \"we;ird\" INTEGER, [b;c] TEXT); /* block; comment */\n"
                        "INSERT INTO t (a) VALUES ('it''s; fine');-- trailing; comment\n"
                        ";;\n"
                        "SELECT 1--no space before\n"
                        "FROM t"_s;
    EXPECT_EQ(vsys::core::splitSqlStatements(sql),
              (QStringList{u"CREATE TABLE t (a TEXT DEFAULT 'x;y', \"we;ird\" INTEGER, [b;c] TEXT)"_s,
                           u"INSERT INTO t (a) VALUES ('it''s; fine')"_s, u"SELECT 1 \nFROM t"_s}));
}

TEST(SqlScriptTest, OnlyCommentsGiveNoStatement)
{
    EXPECT_EQ(vsys::core::splitSqlStatements(u"  -- only a comment\n/* and another */  "_s), QStringList());
}

TEST(SqlScriptTest, DoubledQuotesAndBackticksStayInsideTheirLiteral)
{
    EXPECT_EQ(vsys::core::splitSqlStatements(u"-- a; comment\nCREATE TABLE a (x TEXT DEFAULT 'a;b''c');\n"
                                             "/* b; */ INSERT INTO `a;` VALUES (\"q;\");;"_s),
              (QStringList{u"CREATE TABLE a (x TEXT DEFAULT 'a;b''c')"_s, u"INSERT INTO `a;` VALUES (\"q;\")"_s}));
}

} // namespace
