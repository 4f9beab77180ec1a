# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'guardian_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLayout, QLineEdit, QListWidget,
    QListWidgetItem, QRadioButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QVBoxLayout, QWidget)

class Ui_GuardianDialog(object):
    def setupUi(self, GuardianDialog):
        if not GuardianDialog.objectName():
            GuardianDialog.setObjectName(u"GuardianDialog")
        GuardianDialog.resize(560, 10)
        self.layout = QVBoxLayout(GuardianDialog)
        self.layout.setObjectName(u"layout")
        self.generalError = QLabel(GuardianDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setText(u"")
        self.generalError.setWordWrap(True)

        self.layout.addWidget(self.generalError)

        self.studentName = QLabel(GuardianDialog)
        self.studentName.setObjectName(u"studentName")
        self.studentName.setText(u"")

        self.layout.addWidget(self.studentName)

        self.modeRow = QHBoxLayout()
        self.modeRow.setObjectName(u"modeRow")
        self.newMode = QRadioButton(GuardianDialog)
        self.newMode.setObjectName(u"newMode")
        self.newMode.setChecked(True)

        self.modeRow.addWidget(self.newMode)

        self.existingMode = QRadioButton(GuardianDialog)
        self.existingMode.setObjectName(u"existingMode")

        self.modeRow.addWidget(self.existingMode)

        self.modeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.modeRow.addItem(self.modeSpacer)


        self.layout.addLayout(self.modeRow)

        self.pages = QStackedWidget(GuardianDialog)
        self.pages.setObjectName(u"pages")
        self.newPage = QWidget()
        self.newPage.setObjectName(u"newPage")
        self.newPageLayout = QVBoxLayout(self.newPage)
        self.newPageLayout.setObjectName(u"newPageLayout")
        self.newPageLayout.setSizeConstraint(QLayout.SetNoConstraint)
        self.newPageLayout.setContentsMargins(0, 0, 0, 0)
        self.newForm = QFormLayout()
        self.newForm.setObjectName(u"newForm")
        self.newForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.roepnaamLabel = QLabel(self.newPage)
        self.roepnaamLabel.setObjectName(u"roepnaamLabel")

        self.newForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roepnaamLabel)

        self.roepnaamBox = QVBoxLayout()
        self.roepnaamBox.setSpacing(2)
        self.roepnaamBox.setObjectName(u"roepnaamBox")
        self.roepnaam = QLineEdit(self.newPage)
        self.roepnaam.setObjectName(u"roepnaam")

        self.roepnaamBox.addWidget(self.roepnaam)

        self.roepnaamError = QLabel(self.newPage)
        self.roepnaamError.setObjectName(u"roepnaamError")
        self.roepnaamError.setText(u"")
        self.roepnaamError.setWordWrap(True)

        self.roepnaamBox.addWidget(self.roepnaamError)


        self.newForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.roepnaamBox)

        self.tussenvoegselLabel = QLabel(self.newPage)
        self.tussenvoegselLabel.setObjectName(u"tussenvoegselLabel")

        self.newForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.tussenvoegselLabel)

        self.tussenvoegsel = QLineEdit(self.newPage)
        self.tussenvoegsel.setObjectName(u"tussenvoegsel")
        self.tussenvoegsel.setMinimumWidth(180)
        self.tussenvoegsel.setMaximumWidth(180)

        self.newForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.tussenvoegsel)

        self.achternaamLabel = QLabel(self.newPage)
        self.achternaamLabel.setObjectName(u"achternaamLabel")

        self.newForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.achternaamLabel)

        self.achternaamBox = QVBoxLayout()
        self.achternaamBox.setSpacing(2)
        self.achternaamBox.setObjectName(u"achternaamBox")
        self.achternaam = QLineEdit(self.newPage)
        self.achternaam.setObjectName(u"achternaam")

        self.achternaamBox.addWidget(self.achternaam)

        self.achternaamError = QLabel(self.newPage)
        self.achternaamError.setObjectName(u"achternaamError")
        self.achternaamError.setText(u"")
        self.achternaamError.setWordWrap(True)

        self.achternaamBox.addWidget(self.achternaamError)


        self.newForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.achternaamBox)

        self.emailLabel = QLabel(self.newPage)
        self.emailLabel.setObjectName(u"emailLabel")

        self.newForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailBox = QVBoxLayout()
        self.emailBox.setSpacing(2)
        self.emailBox.setObjectName(u"emailBox")
        self.email = QLineEdit(self.newPage)
        self.email.setObjectName(u"email")

        self.emailBox.addWidget(self.email)

        self.emailError = QLabel(self.newPage)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setText(u"")
        self.emailError.setWordWrap(True)

        self.emailBox.addWidget(self.emailError)


        self.newForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.emailBox)

        self.phoneLabel = QLabel(self.newPage)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.newForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneBox = QVBoxLayout()
        self.phoneBox.setSpacing(2)
        self.phoneBox.setObjectName(u"phoneBox")
        self.phone = QLineEdit(self.newPage)
        self.phone.setObjectName(u"phone")
        self.phone.setMinimumWidth(220)
        self.phone.setMaximumWidth(220)

        self.phoneBox.addWidget(self.phone, 0, Qt.AlignLeft)

        self.phoneError = QLabel(self.newPage)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setText(u"")
        self.phoneError.setWordWrap(True)

        self.phoneBox.addWidget(self.phoneError)


        self.newForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.phoneBox)


        self.newPageLayout.addLayout(self.newForm)

        self.newPageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.newPageLayout.addItem(self.newPageSpacer)

        self.pages.addWidget(self.newPage)
        self.existingPage = QWidget()
        self.existingPage.setObjectName(u"existingPage")
        self.existingPageLayout = QVBoxLayout(self.existingPage)
        self.existingPageLayout.setObjectName(u"existingPageLayout")
        self.existingPageLayout.setSizeConstraint(QLayout.SetNoConstraint)
        self.existingPageLayout.setContentsMargins(0, 0, 0, 0)
        self.existingForm = QFormLayout()
        self.existingForm.setObjectName(u"existingForm")
        self.existingForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.searchLabel = QLabel(self.existingPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.existingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.searchLabel)

        self.search = QLineEdit(self.existingPage)
        self.search.setObjectName(u"search")

        self.existingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.search)

        self.guardianIdLabel = QLabel(self.existingPage)
        self.guardianIdLabel.setObjectName(u"guardianIdLabel")

        self.existingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.guardianIdLabel)

        self.guardianIdBox = QVBoxLayout()
        self.guardianIdBox.setSpacing(2)
        self.guardianIdBox.setObjectName(u"guardianIdBox")
        self.guardianId = QListWidget(self.existingPage)
        self.guardianId.setObjectName(u"guardianId")
        self.guardianId.setMinimumHeight(120)
        self.guardianId.setMaximumHeight(16777215)
        self.guardianId.setAlternatingRowColors(True)

        self.guardianIdBox.addWidget(self.guardianId)

        self.guardianIdError = QLabel(self.existingPage)
        self.guardianIdError.setObjectName(u"guardianIdError")
        self.guardianIdError.setText(u"")
        self.guardianIdError.setWordWrap(True)

        self.guardianIdBox.addWidget(self.guardianIdError)


        self.existingForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.guardianIdBox)


        self.existingPageLayout.addLayout(self.existingForm)

        self.pages.addWidget(self.existingPage)

        self.layout.addWidget(self.pages)

        self.linkForm = QFormLayout()
        self.linkForm.setObjectName(u"linkForm")
        self.linkForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.relationLabel = QLabel(GuardianDialog)
        self.relationLabel.setObjectName(u"relationLabel")

        self.linkForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.relationLabel)

        self.relation = QComboBox(GuardianDialog)
        self.relation.setObjectName(u"relation")
        self.relation.setEditable(True)
        self.relation.setInsertPolicy(QComboBox.NoInsert)

        self.linkForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.relation)

        self.parentalAuthority = QCheckBox(GuardianDialog)
        self.parentalAuthority.setObjectName(u"parentalAuthority")

        self.linkForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.parentalAuthority)


        self.layout.addLayout(self.linkForm)

        self.buttonBox = QDialogButtonBox(GuardianDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.roepnaamLabel.setBuddy(self.roepnaam)
        self.tussenvoegselLabel.setBuddy(self.tussenvoegsel)
        self.achternaamLabel.setBuddy(self.achternaam)
        self.emailLabel.setBuddy(self.email)
        self.phoneLabel.setBuddy(self.phone)
        self.searchLabel.setBuddy(self.search)
        self.guardianIdLabel.setBuddy(self.guardianId)
        self.relationLabel.setBuddy(self.relation)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.newMode, self.existingMode)
        QWidget.setTabOrder(self.existingMode, self.roepnaam)
        QWidget.setTabOrder(self.roepnaam, self.tussenvoegsel)
        QWidget.setTabOrder(self.tussenvoegsel, self.achternaam)
        QWidget.setTabOrder(self.achternaam, self.email)
        QWidget.setTabOrder(self.email, self.phone)
        QWidget.setTabOrder(self.phone, self.search)
        QWidget.setTabOrder(self.search, self.guardianId)
        QWidget.setTabOrder(self.guardianId, self.relation)
        QWidget.setTabOrder(self.relation, self.parentalAuthority)
        QWidget.setTabOrder(self.parentalAuthority, self.buttonBox)

        self.retranslateUi(GuardianDialog)
        self.buttonBox.accepted.connect(GuardianDialog.accept)
        self.buttonBox.rejected.connect(GuardianDialog.reject)

        QMetaObject.connectSlotsByName(GuardianDialog)
    # setupUi

    def retranslateUi(self, GuardianDialog):
        GuardianDialog.setWindowTitle(QCoreApplication.translate("GuardianDialog", u"Add guardian", None))
        self.newMode.setText(QCoreApplication.translate("GuardianDialog", u"&New guardian", None))
        self.existingMode.setText(QCoreApplication.translate("GuardianDialog", u"&Existing guardian (e.g. of a brother or sister)", None))
        self.roepnaamLabel.setText(QCoreApplication.translate("GuardianDialog", u"&First name:", None))
        self.tussenvoegselLabel.setText(QCoreApplication.translate("GuardianDialog", u"&Infix:", None))
        self.achternaamLabel.setText(QCoreApplication.translate("GuardianDialog", u"&Last name:", None))
        self.emailLabel.setText(QCoreApplication.translate("GuardianDialog", u"E-&mail:", None))
        self.phoneLabel.setText(QCoreApplication.translate("GuardianDialog", u"&Phone:", None))
        self.searchLabel.setText(QCoreApplication.translate("GuardianDialog", u"&Search:", None))
        self.search.setPlaceholderText(QCoreApplication.translate("GuardianDialog", u"Name (also of a child), e-mail or phone", None))
        self.guardianIdLabel.setText(QCoreApplication.translate("GuardianDialog", u"&Guardians found:", None))
        self.relationLabel.setText(QCoreApplication.translate("GuardianDialog", u"&Relation:", None))
        self.parentalAuthority.setText(QCoreApplication.translate("GuardianDialog", u"Has parental &authority (their consent counts)", None))
    # retranslateUi

