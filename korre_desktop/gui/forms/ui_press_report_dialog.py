# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'press_report_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from korre_desktop.gui.widgets.date_field import DateField
from korre_desktop.gui.widgets.document_field import DocumentField
from korre_desktop.gui.widgets.person_picker import PersonPicker

class Ui_PressReportDialog(object):
    def setupUi(self, PressReportDialog):
        if not PressReportDialog.objectName():
            PressReportDialog.setObjectName(u"PressReportDialog")
        PressReportDialog.resize(680, 10)
        self.layout = QVBoxLayout(PressReportDialog)
        self.layout.setObjectName(u"layout")
        self.explanation = QLabel(PressReportDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.layout.addWidget(self.explanation)

        self.generalError = QLabel(PressReportDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setText(u"")
        self.generalError.setWordWrap(True)

        self.layout.addWidget(self.generalError)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.reportDateLabel = QLabel(PressReportDialog)
        self.reportDateLabel.setObjectName(u"reportDateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reportDateLabel)

        self.reportDateBox = QVBoxLayout()
        self.reportDateBox.setSpacing(2)
        self.reportDateBox.setObjectName(u"reportDateBox")
        self.reportDate = DateField(PressReportDialog)
        self.reportDate.setObjectName(u"reportDate")
        self.reportDate.setMinimumWidth(140)
        self.reportDate.setMaximumWidth(140)

        self.reportDateBox.addWidget(self.reportDate, 0, Qt.AlignLeft)

        self.reportDateError = QLabel(PressReportDialog)
        self.reportDateError.setObjectName(u"reportDateError")
        self.reportDateError.setText(u"")
        self.reportDateError.setWordWrap(True)

        self.reportDateBox.addWidget(self.reportDateError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.reportDateBox)

        self.employeeLabel = QLabel(PressReportDialog)
        self.employeeLabel.setObjectName(u"employeeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.employeeLabel)

        self.employeeBox = QVBoxLayout()
        self.employeeBox.setSpacing(2)
        self.employeeBox.setObjectName(u"employeeBox")
        self.employee = PersonPicker(PressReportDialog)
        self.employee.setObjectName(u"employee")

        self.employeeBox.addWidget(self.employee)

        self.employeeError = QLabel(PressReportDialog)
        self.employeeError.setObjectName(u"employeeError")
        self.employeeError.setText(u"")
        self.employeeError.setWordWrap(True)

        self.employeeBox.addWidget(self.employeeError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.employeeBox)

        self.schoolLabel = QLabel(PressReportDialog)
        self.schoolLabel.setObjectName(u"schoolLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.schoolLabel)

        self.schoolBox = QVBoxLayout()
        self.schoolBox.setSpacing(2)
        self.schoolBox.setObjectName(u"schoolBox")
        self.school = QComboBox(PressReportDialog)
        self.school.setObjectName(u"school")
        self.school.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.school.setMinimumContentsLength(30)

        self.schoolBox.addWidget(self.school, 0, Qt.AlignLeft)

        self.schoolError = QLabel(PressReportDialog)
        self.schoolError.setObjectName(u"schoolError")
        self.schoolError.setText(u"")
        self.schoolError.setWordWrap(True)

        self.schoolBox.addWidget(self.schoolError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.schoolBox)

        self.mediumLabel = QLabel(PressReportDialog)
        self.mediumLabel.setObjectName(u"mediumLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.mediumLabel)

        self.mediumBox = QVBoxLayout()
        self.mediumBox.setSpacing(2)
        self.mediumBox.setObjectName(u"mediumBox")
        self.medium = QLineEdit(PressReportDialog)
        self.medium.setObjectName(u"medium")

        self.mediumBox.addWidget(self.medium)

        self.mediumError = QLabel(PressReportDialog)
        self.mediumError.setObjectName(u"mediumError")
        self.mediumError.setText(u"")
        self.mediumError.setWordWrap(True)

        self.mediumBox.addWidget(self.mediumError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.mediumBox)

        self.subjectLabel = QLabel(PressReportDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectBox = QVBoxLayout()
        self.subjectBox.setSpacing(2)
        self.subjectBox.setObjectName(u"subjectBox")
        self.subject = QLineEdit(PressReportDialog)
        self.subject.setObjectName(u"subject")

        self.subjectBox.addWidget(self.subject)

        self.subjectError = QLabel(PressReportDialog)
        self.subjectError.setObjectName(u"subjectError")
        self.subjectError.setText(u"")
        self.subjectError.setWordWrap(True)

        self.subjectBox.addWidget(self.subjectError)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.subjectBox)

        self.reportedToLabel = QLabel(PressReportDialog)
        self.reportedToLabel.setObjectName(u"reportedToLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reportedToLabel)

        self.reportedToBox = QVBoxLayout()
        self.reportedToBox.setSpacing(2)
        self.reportedToBox.setObjectName(u"reportedToBox")
        self.reportedTo = QComboBox(PressReportDialog)
        self.reportedTo.setObjectName(u"reportedTo")
        self.reportedTo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.reportedTo.setMinimumContentsLength(30)

        self.reportedToBox.addWidget(self.reportedTo, 0, Qt.AlignLeft)

        self.reportedToError = QLabel(PressReportDialog)
        self.reportedToError.setObjectName(u"reportedToError")
        self.reportedToError.setText(u"")
        self.reportedToError.setWordWrap(True)

        self.reportedToBox.addWidget(self.reportedToError)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.reportedToBox)

        self.noteLabel = QLabel(PressReportDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteBox = QVBoxLayout()
        self.noteBox.setSpacing(2)
        self.noteBox.setObjectName(u"noteBox")
        self.note = QLineEdit(PressReportDialog)
        self.note.setObjectName(u"note")

        self.noteBox.addWidget(self.note)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.noteBox)

        self.attachmentLabel = QLabel(PressReportDialog)
        self.attachmentLabel.setObjectName(u"attachmentLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.attachmentLabel)

        self.attachmentBox = QVBoxLayout()
        self.attachmentBox.setSpacing(2)
        self.attachmentBox.setObjectName(u"attachmentBox")
        self.attachment = DocumentField(PressReportDialog)
        self.attachment.setObjectName(u"attachment")

        self.attachmentBox.addWidget(self.attachment)


        self.form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.attachmentBox)


        self.layout.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(PressReportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reportDateLabel.setBuddy(self.reportDate)
        self.employeeLabel.setBuddy(self.employee)
        self.schoolLabel.setBuddy(self.school)
        self.mediumLabel.setBuddy(self.medium)
        self.subjectLabel.setBuddy(self.subject)
        self.reportedToLabel.setBuddy(self.reportedTo)
        self.noteLabel.setBuddy(self.note)
        self.attachmentLabel.setBuddy(self.attachment)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reportDate, self.employee)
        QWidget.setTabOrder(self.employee, self.school)
        QWidget.setTabOrder(self.school, self.medium)
        QWidget.setTabOrder(self.medium, self.subject)
        QWidget.setTabOrder(self.subject, self.reportedTo)
        QWidget.setTabOrder(self.reportedTo, self.note)
        QWidget.setTabOrder(self.note, self.attachment)
        QWidget.setTabOrder(self.attachment, self.buttonBox)

        self.retranslateUi(PressReportDialog)
        self.buttonBox.accepted.connect(PressReportDialog.accept)
        self.buttonBox.rejected.connect(PressReportDialog.reject)

        QMetaObject.connectSlotsByName(PressReportDialog)
    # setupUi

    def retranslateUi(self, PressReportDialog):
        PressReportDialog.setWindowTitle(QCoreApplication.translate("PressReportDialog", u"New press report", None))
        self.explanation.setText(QCoreApplication.translate("PressReportDialog", u"An employee approached by the press after a social-media message reports it to management at once (protocol 2.4). The report is kept as entered: it cannot be changed afterwards.", None))
        self.reportDateLabel.setText(QCoreApplication.translate("PressReportDialog", u"&Date of contact:", None))
        self.employeeLabel.setText(QCoreApplication.translate("PressReportDialog", u"&Employee:", None))
        self.schoolLabel.setText(QCoreApplication.translate("PressReportDialog", u"&School:", None))
        self.mediumLabel.setText(QCoreApplication.translate("PressReportDialog", u"Med&ium:", None))
        self.medium.setPlaceholderText(QCoreApplication.translate("PressReportDialog", u"For example Dagblad van het Noorden or RTV Drenthe", None))
        self.subjectLabel.setText(QCoreApplication.translate("PressReportDialog", u"Su&bject:", None))
        self.reportedToLabel.setText(QCoreApplication.translate("PressReportDialog", u"&Reported to:", None))
        self.noteLabel.setText(QCoreApplication.translate("PressReportDialog", u"&Note:", None))
        self.attachmentLabel.setText(QCoreApplication.translate("PressReportDialog", u"&Attachment:", None))
#if QT_CONFIG(tooltip)
        self.attachment.setToolTip(QCoreApplication.translate("PressReportDialog", u"Optional: the e-mail or letter about the contact, as a PDF, a photo or scan, or an e-mail saved as .eml", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

