#include "ReconcilePreviewDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pms {

ReconcilePreviewDialog::ReconcilePreviewDialog(const ReconcileOutcome &preview, QWidget *parent)
    : QDialog(parent)
    , m_snapshotId(preview.snapshotId)
    , m_units(preview.unitsToDeactivate)
    , m_guard(!preview.guardReason.isEmpty())
{
    setObjectName(QStringLiteral("reconcilePreviewDialog"));
    setWindowTitle(tr("Reconciliation preview"));
    setModal(true);
    resize(720, 480);
    const QLocale locale;
    auto *layout = new QVBoxLayout(this);

    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("previewSummary"));
    summary->setWordWrap(true);
    if (m_units == 0)
        summary->setText(
            tr("All %1 active units are still in the PMS unit list: nothing would be deactivated. "
               "Confirm to record the run.")
                .arg(locale.toString(preview.unitsChecked)));
    else
        summary->setText(
            numerus(tr("%n active unit(s) no longer in the PMS unit list would be deactivated "
                       "(%1 units checked, %2 in the PMS). Each deactivation is logged on its property "
                       "and can be undone later with Restore.",
                        nullptr, m_units),
                m_units)
                .arg(locale.toString(preview.unitsChecked), locale.toString(preview.pmsUnits)));
    layout->addWidget(summary);

    if (m_guard) {
        auto *warning = new QLabel(this);
        warning->setObjectName(QStringLiteral("guardWarning"));
        warning->setWordWrap(true);
        warning->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; border: 1px solid #f0b36a; "
                                              "border-radius: 4px; padding: 8px; color: #6b3e00; }"));
        warning->setText(tr("<b>The safety guard stopped this run.</b> %1<br>A PMS outage can look like "
                            "units disappearing: check the list before you confirm.")
                             .arg(preview.guardReason.toHtmlEscaped()));
        layout->addWidget(warning);
    }

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("previewTree"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({ tr("Property / unit"), tr("Active units"), tr("Would be deactivated") });
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    for (const ReconcilePropertySummary &p : preview.properties) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, p.propertyName.isEmpty() ? tr("Building %1").arg(p.pmsPropertyId) : p.propertyName);
        item->setText(1, p.activeUnits > 0 ? locale.toString(p.activeUnits) : QString());
        item->setText(2, locale.toString(p.missing.size()));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        if (p.activeUnits > 0 && p.missing.size() >= p.activeUnits)
            item->setForeground(2, QColor(0xc6, 0x28, 0x28));
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        for (const ReconcileUnit &u : p.missing) {
            auto *child = new QTreeWidgetItem(item);
            QString address = u.address;
            address.replace(QLatin1Char('\n'), QLatin1String(", "));
            child->setText(0, address.isEmpty() ? u.unitName : tr("%1 \u2014 %2").arg(u.unitName, address));
            child->setToolTip(0, tr("PMS unit %1").arg(u.pmsId));
        }
    }
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    if (preview.properties.size() <= 3)
        m_tree->expandAll();
    m_tree->setVisible(!preview.properties.isEmpty());
    layout->addWidget(m_tree, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(
        m_units > 0 ? numerus(tr("Deactivate %n unit(s)", nullptr, m_units), m_units) : tr("Confirm"),
        QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_guard) {
        m_override = new QCheckBox(tr("I checked the list: deactivate these units anyway"), this);
        m_override->setObjectName(QStringLiteral("overrideGuard"));
        m_confirm->setEnabled(false);
        connect(m_override, &QCheckBox::toggled, m_confirm, &QPushButton::setEnabled);
        layout->addWidget(m_override);
    }
    layout->addWidget(buttons);
}

} // namespace pms
