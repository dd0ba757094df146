#include "PlatformUnitPicker.h"

#include "models/mapping/AvailablePlatformUnitsModel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QListView>

namespace pms {

PlatformUnitPicker::PlatformUnitPicker(AvailablePlatformUnitsModel *units, QWidget *parent)
    : QComboBox(parent), m_units(units)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(15);
    // Tens of thousands of entries: uniform sizes keep the list instant.
    auto *list = new QListView(this);
    list->setUniformItemSizes(true);
    setView(list);
    setModel(units);
    auto *completer = new QCompleter(units, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(15);
    if (auto *popup = qobject_cast<QListView *>(completer->popup()))
        popup->setUniformItemSizes(true);
    setCompleter(completer);
    lineEdit()->setPlaceholderText(tr("Type to search platform units"));
    lineEdit()->setClearButtonEnabled(true);
    connect(this, qOverload<int>(&QComboBox::activated), this, &PlatformUnitPicker::picked);
    connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &) {
        Q_EMIT picked();
    });
}

void PlatformUnitPicker::setCurrentPlatformUnit(qint64 id)
{
    setCurrentIndex(m_units->rowOf(id));
    lineEdit()->selectAll();
}

qint64 PlatformUnitPicker::chosenPlatformUnit() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return 0;
    if (currentIndex() >= 0 && itemText(currentIndex()) == text)
        return m_units->idAt(currentIndex());
    const int row = findText(text, Qt::MatchFixedString);
    return row >= 0 ? m_units->idAt(row) : -1;
}

} // namespace pms
