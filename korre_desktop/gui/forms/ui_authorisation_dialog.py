# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'authorisation_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from korre_desktop.gui.widgets.date_field import DateField
from korre_desktop.gui.widgets.document_field import DocumentField
from korre_desktop.gui.widgets.person_picker import PersonPicker

class Ui_AuthorisationDialog(object):
    def setupUi(self, AuthorisationDialog):
        if not AuthorisationDialog.objectName():
            AuthorisationDialog.setObjectName(u"AuthorisationDialog")
        AuthorisationDialog.resize(680, 10)
        self.layout = QVBoxLayout(AuthorisationDialog)
        self.layout.setObjectName(u"layout")
        self.explanation = QLabel(AuthorisationDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.layout.addWidget(self.explanation)

        self.generalError = QLabel(AuthorisationDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setText(u"")
        self.generalError.setWordWrap(True)

        self.layout.addWidget(self.generalError)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.personLabel = QLabel(AuthorisationDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personBox = QVBoxLayout()
        self.personBox.setSpacing(2)
        self.personBox.setObjectName(u"personBox")
        self.person = PersonPicker(AuthorisationDialog)
        self.person.setObjectName(u"person")

        self.personBox.addWidget(self.person)

        self.personError = QLabel(AuthorisationDialog)
        self.personError.setObjectName(u"personError")
        self.personError.setText(u"")
        self.personError.setWordWrap(True)

        self.personBox.addWidget(self.personError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.personBox)

        self.scopeLabel = QLabel(AuthorisationDialog)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.scopeLabel)

        self.scopeBox = QGridLayout()
        self.scopeBox.setObjectName(u"scopeBox")
        self.scopeBox.setVerticalSpacing(2)
        self.accountScope = QRadioButton(AuthorisationDialog)
        self.accountScope.setObjectName(u"accountScope")
        self.accountScope.setChecked(True)

        self.scopeBox.addWidget(self.accountScope, 0, 0, 1, 1)

        self.account = QComboBox(AuthorisationDialog)
        self.account.setObjectName(u"account")
        self.account.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.account.setMinimumContentsLength(24)

        self.scopeBox.addWidget(self.account, 0, 1, 1, 1)

        self.accountError = QLabel(AuthorisationDialog)
        self.accountError.setObjectName(u"accountError")
        self.accountError.setText(u"")
        self.accountError.setWordWrap(True)

        self.scopeBox.addWidget(self.accountError, 1, 1, 1, 1)

        self.schoolScope = QRadioButton(AuthorisationDialog)
        self.schoolScope.setObjectName(u"schoolScope")

        self.scopeBox.addWidget(self.schoolScope, 2, 0, 1, 1)

        self.school = QComboBox(AuthorisationDialog)
        self.school.setObjectName(u"school")
        self.school.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.school.setMinimumContentsLength(24)

        self.scopeBox.addWidget(self.school, 2, 1, 1, 1)

        self.schoolError = QLabel(AuthorisationDialog)
        self.schoolError.setObjectName(u"schoolError")
        self.schoolError.setText(u"")
        self.schoolError.setWordWrap(True)

        self.scopeBox.addWidget(self.schoolError, 3, 1, 1, 1)

        self.foundationScope = QRadioButton(AuthorisationDialog)
        self.foundationScope.setObjectName(u"foundationScope")

        self.scopeBox.addWidget(self.foundationScope, 4, 0, 1, 2)

        self.scopeError = QLabel(AuthorisationDialog)
        self.scopeError.setObjectName(u"scopeError")
        self.scopeError.setText(u"")
        self.scopeError.setWordWrap(True)

        self.scopeBox.addWidget(self.scopeError, 5, 0, 1, 2)

        self.scopeBox.setColumnStretch(1, 1)

        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.scopeBox)

        self.validFromLabel = QLabel(AuthorisationDialog)
        self.validFromLabel.setObjectName(u"validFromLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.validFromLabel)

        self.validFromBox = QVBoxLayout()
        self.validFromBox.setSpacing(2)
        self.validFromBox.setObjectName(u"validFromBox")
        self.validFrom = DateField(AuthorisationDialog)
        self.validFrom.setObjectName(u"validFrom")
        self.validFrom.setMinimumWidth(140)
        self.validFrom.setMaximumWidth(140)

        self.validFromBox.addWidget(self.validFrom, 0, Qt.AlignLeft)

        self.validFromError = QLabel(AuthorisationDialog)
        self.validFromError.setObjectName(u"validFromError")
        self.validFromError.setText(u"")
        self.validFromError.setWordWrap(True)

        self.validFromBox.addWidget(self.validFromError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.validFromBox)

        self.validUntilLabel = QLabel(AuthorisationDialog)
        self.validUntilLabel.setObjectName(u"validUntilLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.validUntilLabel)

        self.validUntilBox = QVBoxLayout()
        self.validUntilBox.setSpacing(2)
        self.validUntilBox.setObjectName(u"validUntilBox")
        self.validUntilRow = QHBoxLayout()
        self.validUntilRow.setObjectName(u"validUntilRow")
        self.validUntil = DateField(AuthorisationDialog)
        self.validUntil.setObjectName(u"validUntil")
        self.validUntil.setMinimumWidth(140)
        self.validUntil.setMaximumWidth(140)

        self.validUntilRow.addWidget(self.validUntil)

        self.validUntilHint = QLabel(AuthorisationDialog)
        self.validUntilHint.setObjectName(u"validUntilHint")
        self.validUntilHint.setStyleSheet(u"color: #555")

        self.validUntilRow.addWidget(self.validUntilHint)

        self.validUntilSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.validUntilRow.addItem(self.validUntilSpacer)


        self.validUntilBox.addLayout(self.validUntilRow)

        self.validUntilError = QLabel(AuthorisationDialog)
        self.validUntilError.setObjectName(u"validUntilError")
        self.validUntilError.setText(u"")
        self.validUntilError.setWordWrap(True)

        self.validUntilBox.addWidget(self.validUntilError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.validUntilBox)

        self.grantedByLabel = QLabel(AuthorisationDialog)
        self.grantedByLabel.setObjectName(u"grantedByLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.grantedByLabel)

        self.grantedByBox = QVBoxLayout()
        self.grantedByBox.setSpacing(2)
        self.grantedByBox.setObjectName(u"grantedByBox")
        self.grantedBy = QComboBox(AuthorisationDialog)
        self.grantedBy.setObjectName(u"grantedBy")
        self.grantedBy.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.grantedBy.setMinimumContentsLength(30)

        self.grantedByBox.addWidget(self.grantedBy, 0, Qt.AlignLeft)

        self.grantedByError = QLabel(AuthorisationDialog)
        self.grantedByError.setObjectName(u"grantedByError")
        self.grantedByError.setText(u"")
        self.grantedByError.setWordWrap(True)

        self.grantedByBox.addWidget(self.grantedByError)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.grantedByBox)

        self.noteLabel = QLabel(AuthorisationDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QLineEdit(AuthorisationDialog)
        self.note.setObjectName(u"note")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.note)

        self.evidenceLabel = QLabel(AuthorisationDialog)
        self.evidenceLabel.setObjectName(u"evidenceLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.evidenceLabel)

        self.evidence = DocumentField(AuthorisationDialog)
        self.evidence.setObjectName(u"evidence")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.evidence)


        self.layout.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(AuthorisationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.person)
        self.validFromLabel.setBuddy(self.validFrom)
        self.validUntilLabel.setBuddy(self.validUntil)
        self.grantedByLabel.setBuddy(self.grantedBy)
        self.noteLabel.setBuddy(self.note)
        self.evidenceLabel.setBuddy(self.evidence)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.person, self.accountScope)
        QWidget.setTabOrder(self.accountScope, self.account)
        QWidget.setTabOrder(self.account, self.schoolScope)
        QWidget.setTabOrder(self.schoolScope, self.school)
        QWidget.setTabOrder(self.school, self.foundationScope)
        QWidget.setTabOrder(self.foundationScope, self.validFrom)
        QWidget.setTabOrder(self.validFrom, self.validUntil)
        QWidget.setTabOrder(self.validUntil, self.grantedBy)
        QWidget.setTabOrder(self.grantedBy, self.note)
        QWidget.setTabOrder(self.note, self.evidence)
        QWidget.setTabOrder(self.evidence, self.buttonBox)

        self.retranslateUi(AuthorisationDialog)
        self.buttonBox.accepted.connect(AuthorisationDialog.accept)
        self.buttonBox.rejected.connect(AuthorisationDialog.reject)

        QMetaObject.connectSlotsByName(AuthorisationDialog)
    # setupUi

    def retranslateUi(self, AuthorisationDialog):
        AuthorisationDialog.setWindowTitle(QCoreApplication.translate("AuthorisationDialog", u"Grant authorisation", None))
        self.explanation.setText(QCoreApplication.translate("AuthorisationDialog", u"Who may post on social media for the foundation or a school, or create an account, group or network for it (protocol 2.1 and 2.4). Management grants it.", None))
        self.personLabel.setText(QCoreApplication.translate("AuthorisationDialog", u"&Person:", None))
        self.scopeLabel.setText(QCoreApplication.translate("AuthorisationDialog", u"For:", None))
        self.accountScope.setText(QCoreApplication.translate("AuthorisationDialog", u"One &account:", None))
#if QT_CONFIG(accessibility)
        self.account.setAccessibleName(QCoreApplication.translate("AuthorisationDialog", u"Account", None))
#endif // QT_CONFIG(accessibility)
        self.schoolScope.setText(QCoreApplication.translate("AuthorisationDialog", u"A &school in general:", None))
#if QT_CONFIG(accessibility)
        self.school.setAccessibleName(QCoreApplication.translate("AuthorisationDialog", u"School", None))
#endif // QT_CONFIG(accessibility)
        self.foundationScope.setText(QCoreApplication.translate("AuthorisationDialog", u"The foun&dation in general", None))
        self.validFromLabel.setText(QCoreApplication.translate("AuthorisationDialog", u"Valid f&rom:", None))
        self.validUntilLabel.setText(QCoreApplication.translate("AuthorisationDialog", u"&Until (last day):", None))
        self.validUntilHint.setText(QCoreApplication.translate("AuthorisationDialog", u"empty: until withdrawn", None))
        self.grantedByLabel.setText(QCoreApplication.translate("AuthorisationDialog", u"Granted &by:", None))
        self.noteLabel.setText(QCoreApplication.translate("AuthorisationDialog", u"&Note:", None))
        self.evidenceLabel.setText(QCoreApplication.translate("AuthorisationDialog", u"&Evidence:", None))
#if QT_CONFIG(tooltip)
        self.evidence.setToolTip(QCoreApplication.translate("AuthorisationDialog", u"The signed letter or the e-mail in which management grants it: a PDF, a photo or scan, or an e-mail saved as .eml", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

