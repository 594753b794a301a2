// SPDX-License-Identifier: MIT
// NaviCatalogue: the choices of the 接種券発行申請 form (resources/navi/navi.json): 申請理由, ワクチン種類, 接種の方法,
// the 広域連合 residents apply through (中芸広域連合), and the municipalities that accept online applications at first.
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vsys::core {

struct NaviChoice
{
    QString key; ///< what the form posts and the application stores
    QString label; ///< shown as written (Japanese)
    QString category; ///< 申請理由 only: 3回目接種券の発行 / 再発行 / その他
    bool asksMunicipality = false; ///< 接種の方法 only: 接種券を送ってきた市町村名 is asked

    /// "[その他] 追加接種（3回目）" for a reason with a category, else the label.
    QString display() const;
};

/// A 広域連合 that issues the 接種券 for its member towns; residents choose it instead of their town.
struct NaviUnion
{
    QString code; ///< 6 digits, used like a 全国地方公共団体コード in 受付番号
    QString prefecture;
    QString name;
    QStringList members;
    QString note; ///< shown above the form
};

class NaviCatalogue
{
public:
    /// Parses navi.json; errors say which part is wrong.
    static Result<NaviCatalogue> fromJson(const QByteArray& json);
    /// :/data/navi/navi.json, parsed once.
    static const NaviCatalogue& builtIn();

    const QList<NaviChoice>& reasons() const { return m_reasons; }
    const QList<NaviChoice>& vaccines() const { return m_vaccines; }
    const QList<NaviChoice>& methods() const { return m_methods; }
    const QList<NaviUnion>& unions() const { return m_unions; }
    /// The codes that accept online applications when the server's list is first made.
    const QStringList& initiallyAccepting() const { return m_accepting; }

    std::optional<NaviChoice> reason(const QString& key) const;
    std::optional<NaviChoice> vaccine(const QString& key) const;
    std::optional<NaviChoice> method(const QString& key) const;
    std::optional<NaviUnion> unionOf(const QString& code) const;

    /// 都道府県 and name of a municipality or 広域連合 code (MunicipalityDirectory, then the unions); nothing
    /// for an unknown code or a prefecture.
    struct Place
    {
        QString prefecture;
        QString name;
    };
    std::optional<Place> place(const QString& code) const;

private:
    QList<NaviChoice> m_reasons;
    QList<NaviChoice> m_vaccines;
    QList<NaviChoice> m_methods;
    QList<NaviUnion> m_unions;
    QStringList m_accepting;
};

} // namespace vsys::core
