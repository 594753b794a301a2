// SPDX-License-Identifier: MIT
// DelegationText: the briefing's words about a 委任状, shared by the popup and the 委任状 page.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace vsys::app {

class DelegationText
{
    Q_DECLARE_TR_FUNCTIONS(DelegationText)
public:
    /// 「集合契約の委任状が発行されました。」
    static QString issued() { return tr("A delegation letter for the joint contract has been issued."); }
    /// 「下記ボタンからPDFファイルをダウンロードし、印刷・押印の上、接種会場所在地の市町村に提出してください。」
    static QString instructions()
    {
        return tr("Download the PDF file with the button below, print it and stamp it with your seal, then submit "
                  "it to the municipality where the vaccination venue is located.");
    }
    /// 「※一度ダウンロードした後も、「医療機関・接種会場」タブの「ファイルダウンロード」欄から、いつでもダウンロードできます。」
    static QString anyTime()
    {
        return tr("* After the first download you can download it again at any time from \"File downloads\" in the "
                  "\"Medical institution / venue\" tab.");
    }
};

} // namespace vsys::app
