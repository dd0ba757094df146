#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;

namespace pms {

class SqlTableModel;

/// The fields of the selected work order (read only), its sync state and failure in words,
/// and its event history.
class WorkOrderDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit WorkOrderDetailPane(QWidget *parent = nullptr);

    /// @p values is one row of @p model (id first).
    void showRow(const SqlTableModel *model, const QVariantList &values, const QString &dbPath);
    void clear();
    qint64 workOrderId() const { return m_id; }

private:
    QLabel *addField(const QString &key, const QString &title);

    qint64 m_id = -1;
    QLabel *m_title;
    QLabel *m_placeholder;
    QWidget *m_body;
    QLabel *m_stateIcon;
    QLabel *m_stateText;
    QLabel *m_error;
    QLabel *m_unlinked;
    QLabel *m_description;
    QFormLayout *m_form;
    QHash<QString, QLabel *> m_fields;
    QListWidget *m_events;
};

} // namespace pms
