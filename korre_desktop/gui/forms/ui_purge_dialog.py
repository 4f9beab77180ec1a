# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'purge_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QProgressBar, QSizePolicy, QVBoxLayout, QWidget)

class Ui_PurgeDialog(object):
    def setupUi(self, PurgeDialog):
        if not PurgeDialog.objectName():
            PurgeDialog.setObjectName(u"PurgeDialog")
        PurgeDialog.resize(720, 520)
        PurgeDialog.setWindowTitle(u"")
        self.layout = QVBoxLayout(PurgeDialog)
        self.layout.setObjectName(u"layout")
        self.explanation = QLabel(PurgeDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setText(u"")
        self.explanation.setWordWrap(True)

        self.layout.addWidget(self.explanation)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.reasonLabel = QLabel(PurgeDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonBox = QVBoxLayout()
        self.reasonBox.setSpacing(2)
        self.reasonBox.setObjectName(u"reasonBox")
        self.reason = QLineEdit(PurgeDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setMaxLength(500)

        self.reasonBox.addWidget(self.reason)

        self.reasonError = QLabel(PurgeDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setText(u"")
        self.reasonError.setWordWrap(True)

        self.reasonBox.addWidget(self.reasonError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.reasonBox)


        self.layout.addLayout(self.form)

        self.planLabel = QLabel(PurgeDialog)
        self.planLabel.setObjectName(u"planLabel")

        self.layout.addWidget(self.planLabel)

        self.planText = QPlainTextEdit(PurgeDialog)
        self.planText.setObjectName(u"planText")
        self.planText.setReadOnly(True)
        self.planText.setLineWrapMode(QPlainTextEdit.NoWrap)

        self.layout.addWidget(self.planText)

        self.backupsNote = QLabel(PurgeDialog)
        self.backupsNote.setObjectName(u"backupsNote")
        self.backupsNote.setText(u"")
        self.backupsNote.setWordWrap(True)

        self.layout.addWidget(self.backupsNote)

        self.progress = QProgressBar(PurgeDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximum(4)
        self.progress.setTextVisible(False)

        self.layout.addWidget(self.progress)

        self.buttonBox = QDialogButtonBox(PurgeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reason)
        self.planLabel.setBuddy(self.planText)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reason, self.planText)
        QWidget.setTabOrder(self.planText, self.buttonBox)

        self.retranslateUi(PurgeDialog)

        QMetaObject.connectSlotsByName(PurgeDialog)
    # setupUi

    def retranslateUi(self, PurgeDialog):
        self.reasonLabel.setText(QCoreApplication.translate("PurgeDialog", u"&Reason:", None))
        self.planLabel.setText(QCoreApplication.translate("PurgeDialog", u"&What goes:", None))
        pass
    # retranslateUi

