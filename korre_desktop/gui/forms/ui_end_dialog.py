# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'end_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

from korre_desktop.gui.widgets.date_field import DateField

class Ui_EndDialog(object):
    def setupUi(self, EndDialog):
        if not EndDialog.objectName():
            EndDialog.setObjectName(u"EndDialog")
        EndDialog.resize(480, 10)
        EndDialog.setWindowTitle(u"")
        self.layout = QVBoxLayout(EndDialog)
        self.layout.setObjectName(u"layout")
        self.generalError = QLabel(EndDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setText(u"")
        self.generalError.setWordWrap(True)

        self.layout.addWidget(self.generalError)

        self.explanation = QLabel(EndDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setText(u"")
        self.explanation.setWordWrap(True)

        self.layout.addWidget(self.explanation)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.dayLabel = QLabel(EndDialog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.dayBox = QVBoxLayout()
        self.dayBox.setSpacing(2)
        self.dayBox.setObjectName(u"dayBox")
        self.day = DateField(EndDialog)
        self.day.setObjectName(u"day")
        self.day.setMinimumWidth(140)
        self.day.setMaximumWidth(140)

        self.dayBox.addWidget(self.day, 0, Qt.AlignLeft)

        self.dayError = QLabel(EndDialog)
        self.dayError.setObjectName(u"dayError")
        self.dayError.setText(u"")
        self.dayError.setWordWrap(True)

        self.dayBox.addWidget(self.dayError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.dayBox)

        self.noteLabel = QLabel(EndDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QLineEdit(EndDialog)
        self.note.setObjectName(u"note")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.note)


        self.layout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(EndDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dayLabel.setBuddy(self.day)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.day, self.note)
        QWidget.setTabOrder(self.note, self.buttonBox)

        self.retranslateUi(EndDialog)
        self.buttonBox.accepted.connect(EndDialog.accept)
        self.buttonBox.rejected.connect(EndDialog.reject)

        QMetaObject.connectSlotsByName(EndDialog)
    # setupUi

    def retranslateUi(self, EndDialog):
        self.dayLabel.setText(QCoreApplication.translate("EndDialog", u"&Date:", None))
        self.noteLabel.setText(QCoreApplication.translate("EndDialog", u"&Note:", None))
        pass
    # retranslateUi

