// SPDX-License-Identifier: MIT
// HelpPage (ヘルプ): where a clerk finds help without leaving the app, as V-SYS's 「困ったときには」: this app's
// manual, the official V-SYS manuals, the 職域接種コンシェルジュ and whether it answers now, the offline FAQ
// answerer and the inquiry form.
#pragma once

#include <QDateTime>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace vsys::app {

class FaqAnswerer;
class ManualViewer;

class HelpPage : public QWidget
{
    Q_OBJECT
public:
    explicit HelpPage(QWidget* parent = nullptr);

    /// The clock for the concierge's 「受付中」 and the FAQ's time stamps; tests fix it.
    void setClock(std::function<QDateTime()> clock);
    /// Says again whether the concierge answers now (the page is shown again later in the day).
    void refreshConciergeState();
    /// How the manual reaches the system's browser; tests replace it so that none opens.
    void setUrlOpener(std::function<bool(const QUrl&)> opener);

    FaqAnswerer* faqAnswerer() const { return m_faq; }
    /// The in-app manual viewer, once opened.
    ManualViewer* manualViewer() const { return m_viewer; }
    QPushButton* manualButton() const { return m_manualButton; }
    QPushButton* inquiryButton() const { return m_inquiryButton; }
    QLabel* conciergeStateLabel() const { return m_conciergeState; }

signals:
    void backRequested();
    /// The inquiry form, with the question typed in the FAQ answerer (empty from the page's own button).
    void inquiryRequested(const QString& question);
    /// A page an FAQ answer names (MainWindow::openPage's name).
    void pageRequested(const QString& page);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildManuals();
    QWidget* buildConcierge();
    void openManual();
    void openManualInBrowser();

    std::function<QDateTime()> m_clock;
    std::function<bool(const QUrl&)> m_openUrl;
    FaqAnswerer* m_faq;
    ManualViewer* m_viewer = nullptr;
    QPushButton* m_manualButton = nullptr;
    QPushButton* m_inquiryButton = nullptr;
    QLabel* m_conciergeState = nullptr;
    QLabel* m_manualMessage = nullptr;
};

} // namespace vsys::app
