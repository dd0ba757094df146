#include "FilterHeader.h"

#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

namespace pms {

FilterHeader::FilterHeader(QTableView *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setSectionsMovable(true);
    setHighlightSections(false);
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(this, &QHeaderView::sectionResized, this, &FilterHeader::adjustPositions);
    connect(this, &QHeaderView::sectionMoved, this, &FilterHeader::adjustPositions);
    connect(parent->horizontalScrollBar(), &QScrollBar::valueChanged, this, &FilterHeader::adjustPositions);
}

void FilterHeader::generateFilters(int count)
{
    qDeleteAll(m_editors);
    qDeleteAll(m_timers);
    m_editors.clear();
    m_timers.clear();
    for (int i = 0; i < count; ++i) {
        auto *edit = new QLineEdit(this);
        edit->setPlaceholderText(tr("Filter"));
        edit->setClearButtonEnabled(true);
        edit->setToolTip(tr("Filter this column: text finds values containing it; =x equals, != differs, "
                            "> and < compare numbers and dates (2024-03 is March 2024); yes/no for flags."));
        edit->setAccessibleName(tr("Filter for %1").arg(model() ? model()->headerData(i, Qt::Horizontal).toString() : QString()));
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        timer->setInterval(300);
        connect(edit, &QLineEdit::textChanged, timer, qOverload<>(&QTimer::start));
        connect(timer, &QTimer::timeout, this, [this, i, edit] { Q_EMIT filterChanged(i, edit->text()); });
        connect(edit, &QLineEdit::returnPressed, this, [this, i, edit, timer] {
            timer->stop();
            Q_EMIT filterChanged(i, edit->text());
        });
        edit->show();
        m_editors << edit;
        m_timers << timer;
    }
    updateGeometries();
}

QLineEdit *FilterHeader::editor(int column) const
{
    return column >= 0 && column < m_editors.size() ? m_editors.at(column) : nullptr;
}

QString FilterHeader::filterText(int column) const
{
    const QLineEdit *e = editor(column);
    return e ? e->text() : QString();
}

void FilterHeader::setFilterText(int column, const QString &text)
{
    if (QLineEdit *e = editor(column)) {
        e->setText(text);
        m_timers.at(column)->stop();
        Q_EMIT filterChanged(column, text);
    }
}

void FilterHeader::clearFilters()
{
    for (int i = 0; i < m_editors.size(); ++i) {
        if (!m_editors.at(i)->text().isEmpty()) {
            const QSignalBlocker block(m_editors.at(i));
            m_editors.at(i)->clear();
            m_timers.at(i)->stop();
        }
    }
}

bool FilterHeader::hasFilters() const
{
    for (const QLineEdit *e : m_editors)
        if (!e->text().trimmed().isEmpty())
            return true;
    return false;
}

QSize FilterHeader::sizeHint() const
{
    QSize s = QHeaderView::sizeHint();
    if (!m_editors.isEmpty())
        s.setHeight(s.height() + m_editors.first()->sizeHint().height() + 2);
    return s;
}

void FilterHeader::updateGeometries()
{
    // The boxes live in a bottom margin of the header, under the titles.
    if (!m_editors.isEmpty())
        setViewportMargins(0, 0, 0, m_editors.first()->sizeHint().height() + 2);
    else
        setViewportMargins(0, 0, 0, 0);
    QHeaderView::updateGeometries();
    adjustPositions();
}

void FilterHeader::resizeEvent(QResizeEvent *event)
{
    QHeaderView::resizeEvent(event);
    adjustPositions();
}

void FilterHeader::adjustPositions()
{
    for (int i = 0; i < m_editors.size(); ++i) {
        QLineEdit *e = m_editors.at(i);
        if (isSectionHidden(i)) {
            e->hide();
            continue;
        }
        // At the bottom of the header, under the titles, whatever height the header was given.
        const int h = e->sizeHint().height();
        e->move(sectionPosition(i) - offset() + 1, height() - h - 1);
        e->resize(std::max(0, sectionSize(i) - 2), h);
        e->show();
    }
}

} // namespace pms
