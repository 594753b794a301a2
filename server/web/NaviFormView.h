// SPDX-License-Identifier: MIT
// NaviFormView: the template data of the 接種券発行申請 form and of its 入力内容の確認 page.
#pragma once

#include "core/Result.h"
#include "core/navi/NaviCatalogue.h"
#include "core/navi/TicketApplication.h"
#include "server/web/WebTemplates.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace vsys::server {

/// What the resident typed is kept as typed (never normalised) and travels between the pages in hidden
/// fields, so 入力内容を修正する brings every field back exactly; the server validates it again on 申請する.
class NaviFormView
{
public:
    /// Every field name the form posts, in its order (token first). Other posted names are dropped.
    static const QStringList& fieldNames();
    /// `posted` restricted to fieldNames().
    static QHash<QString, QString> kept(const QHash<QString, QString>& posted);

    /// The entry form: `values` in its fields, each error beside its field and all in the summary,
    /// `notAccepting` (a municipality that does not accept online applications) above the form.
    static WebData form(const QHash<QString, QString>& values,
                        const QList<core::Error>& errors,
                        const QStringList& accepting,
                        const QString& notAccepting = {},
                        const QString& addressNote = {});
    /// 入力内容の確認 of a valid `application`, with `values` (as typed) in hidden fields.
    static WebData confirm(const core::TicketApplication& application, const QHash<QString, QString>& values);

    /// 1980年4月12日
    static QString date(QDate date);

private:
    static const core::NaviCatalogue& catalogue() { return core::NaviCatalogue::builtIn(); }
};

} // namespace vsys::server
