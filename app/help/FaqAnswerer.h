// SPDX-License-Identifier: MIT
// FaqAnswerer: the offline FAQ answerer, shaped like V-SYS's chatbot. A typed question is echoed with the
// time, the closest questions of the shipped FAQ are listed to choose from, and 「この中にはない」 hands the
// question on to the inquiry form.
#pragma once

#include "core/help/Faq.h"

#include <QList>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace vsys::db {
class FaqIndex;
}

namespace vsys::app {

class FaqAnswerer : public QWidget
{
    Q_OBJECT
public:
    /// How many questions are offered for one typed question, as V-SYS's chatbot offered five.
    static constexpr int CandidateCount = 5;

    explicit FaqAnswerer(QWidget* parent = nullptr);
    ~FaqAnswerer() override;

    /// The clock the echoed question is stamped with; tests fix it.
    void setClock(std::function<QDateTime()> clock);
    /// Searches the FAQ for what the question box holds and lists the candidates.
    void ask();

    QLineEdit* questionEdit() const { return m_questionEdit; }
    /// The candidates now offered, best first.
    QList<QPushButton*> candidateButtons() const { return m_candidateButtons; }
    QPushButton* noneButton() const { return m_noneButton; }
    QLabel* answerLabel() const { return m_answerLabel; }
    QPushButton* openPageButton() const { return m_openPageButton; }

signals:
    /// 「この中にはない」: the question last asked, for the inquiry form.
    void inquiryRequested(const QString& question);
    /// 「この画面を開く」 under an answer: MainWindow::openPage's name.
    void pageRequested(const QString& page);

private:
    void showAnswer(const core::FaqEntry& entry);
    void clearCandidates();

    std::unique_ptr<db::FaqIndex> m_index;
    std::function<QDateTime()> m_clock;
    QLineEdit* m_questionEdit;
    QLabel* m_askedLabel;
    QLabel* m_promptLabel;
    QVBoxLayout* m_candidatesLayout;
    QList<QPushButton*> m_candidateButtons;
    QPushButton* m_noneButton;
    QLabel* m_answerLabel;
    QPushButton* m_openPageButton;
    QString m_asked;
    QString m_answerPage;
};

} // namespace vsys::app
