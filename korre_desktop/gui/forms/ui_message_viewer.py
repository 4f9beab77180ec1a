# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'message_viewer.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_MessageViewer(object):
    def setupUi(self, MessageViewer):
        if not MessageViewer.objectName():
            MessageViewer.setObjectName(u"MessageViewer")
        MessageViewer.resize(820, 680)
        self.layout = QVBoxLayout(MessageViewer)
        self.layout.setObjectName(u"layout")
        self.problem = QLabel(MessageViewer)
        self.problem.setObjectName(u"problem")
        self.problem.setText(u"")
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.problem)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.senderLabel = QLabel(MessageViewer)
        self.senderLabel.setObjectName(u"senderLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.senderLabel)

        self.sender = QLineEdit(MessageViewer)
        self.sender.setObjectName(u"sender")
        self.sender.setReadOnly(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sender)

        self.recipientsLabel = QLabel(MessageViewer)
        self.recipientsLabel.setObjectName(u"recipientsLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.recipientsLabel)

        self.recipients = QLineEdit(MessageViewer)
        self.recipients.setObjectName(u"recipients")
        self.recipients.setReadOnly(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.recipients)

        self.ccLabel = QLabel(MessageViewer)
        self.ccLabel.setObjectName(u"ccLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ccLabel)

        self.cc = QLineEdit(MessageViewer)
        self.cc.setObjectName(u"cc")
        self.cc.setReadOnly(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.cc)

        self.sentOnLabel = QLabel(MessageViewer)
        self.sentOnLabel.setObjectName(u"sentOnLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sentOnLabel)

        self.sentOn = QLineEdit(MessageViewer)
        self.sentOn.setObjectName(u"sentOn")
        self.sentOn.setReadOnly(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sentOn)

        self.subjectLabel = QLabel(MessageViewer)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subject = QLineEdit(MessageViewer)
        self.subject.setObjectName(u"subject")
        self.subject.setReadOnly(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.subject)


        self.layout.addLayout(self.form)

        self.bodyLabel = QLabel(MessageViewer)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.layout.addWidget(self.bodyLabel)

        self.body = QPlainTextEdit(MessageViewer)
        self.body.setObjectName(u"body")
        self.body.setReadOnly(True)
        self.body.setTabChangesFocus(True)
        self.body.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.layout.addWidget(self.body)

        self.truncatedNote = QLabel(MessageViewer)
        self.truncatedNote.setObjectName(u"truncatedNote")
        self.truncatedNote.setWordWrap(True)

        self.layout.addWidget(self.truncatedNote)

        self.attachmentsLabel = QLabel(MessageViewer)
        self.attachmentsLabel.setObjectName(u"attachmentsLabel")

        self.layout.addWidget(self.attachmentsLabel)

        self.attachments = QListWidget(MessageViewer)
        self.attachments.setObjectName(u"attachments")
        self.attachments.setMaximumSize(QSize(16777215, 120))
        self.attachments.setSelectionMode(QAbstractItemView.SingleSelection)

        self.layout.addWidget(self.attachments)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.saveAs = QPushButton(MessageViewer)
        self.saveAs.setObjectName(u"saveAs")
        self.saveAs.setAutoDefault(False)

        self.buttons.addWidget(self.saveAs)

        self.saved = QLabel(MessageViewer)
        self.saved.setObjectName(u"saved")
        self.saved.setText(u"")
        self.saved.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.saved.sizePolicy().hasHeightForWidth())
        self.saved.setSizePolicy(sizePolicy)

        self.buttons.addWidget(self.saved)

        self.close = QPushButton(MessageViewer)
        self.close.setObjectName(u"close")

        self.buttons.addWidget(self.close)


        self.layout.addLayout(self.buttons)

        self.layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.senderLabel.setBuddy(self.sender)
        self.recipientsLabel.setBuddy(self.recipients)
        self.ccLabel.setBuddy(self.cc)
        self.sentOnLabel.setBuddy(self.sentOn)
        self.subjectLabel.setBuddy(self.subject)
        self.bodyLabel.setBuddy(self.body)
        self.attachmentsLabel.setBuddy(self.attachments)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sender, self.recipients)
        QWidget.setTabOrder(self.recipients, self.cc)
        QWidget.setTabOrder(self.cc, self.sentOn)
        QWidget.setTabOrder(self.sentOn, self.subject)
        QWidget.setTabOrder(self.subject, self.body)
        QWidget.setTabOrder(self.body, self.attachments)
        QWidget.setTabOrder(self.attachments, self.saveAs)
        QWidget.setTabOrder(self.saveAs, self.close)

        self.retranslateUi(MessageViewer)
        self.close.clicked.connect(MessageViewer.accept)

        self.close.setDefault(True)


        QMetaObject.connectSlotsByName(MessageViewer)
    # setupUi

    def retranslateUi(self, MessageViewer):
        MessageViewer.setWindowTitle(QCoreApplication.translate("MessageViewer", u"E-mail", None))
        self.senderLabel.setText(QCoreApplication.translate("MessageViewer", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.sender.setAccessibleName(QCoreApplication.translate("MessageViewer", u"Sender", None))
#endif // QT_CONFIG(accessibility)
        self.recipientsLabel.setText(QCoreApplication.translate("MessageViewer", u"&To:", None))
#if QT_CONFIG(accessibility)
        self.recipients.setAccessibleName(QCoreApplication.translate("MessageViewer", u"Recipients", None))
#endif // QT_CONFIG(accessibility)
        self.ccLabel.setText(QCoreApplication.translate("MessageViewer", u"&CC:", None))
#if QT_CONFIG(accessibility)
        self.cc.setAccessibleName(QCoreApplication.translate("MessageViewer", u"Copies to", None))
#endif // QT_CONFIG(accessibility)
        self.sentOnLabel.setText(QCoreApplication.translate("MessageViewer", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.sentOn.setAccessibleName(QCoreApplication.translate("MessageViewer", u"Sent on", None))
#endif // QT_CONFIG(accessibility)
        self.subjectLabel.setText(QCoreApplication.translate("MessageViewer", u"&Subject:", None))
#if QT_CONFIG(accessibility)
        self.subject.setAccessibleName(QCoreApplication.translate("MessageViewer", u"Subject", None))
#endif // QT_CONFIG(accessibility)
        self.bodyLabel.setText(QCoreApplication.translate("MessageViewer", u"&Message:", None))
#if QT_CONFIG(accessibility)
        self.body.setAccessibleName(QCoreApplication.translate("MessageViewer", u"Text of the e-mail", None))
#endif // QT_CONFIG(accessibility)
        self.truncatedNote.setText(QCoreApplication.translate("MessageViewer", u"Only the first part of this long text is shown; save the e-mail to read all of it in an e-mail program.", None))
        self.attachmentsLabel.setText(QCoreApplication.translate("MessageViewer", u"&Attachments:", None))
#if QT_CONFIG(accessibility)
        self.attachments.setAccessibleName(QCoreApplication.translate("MessageViewer", u"Attachments of the e-mail", None))
#endif // QT_CONFIG(accessibility)
        self.saveAs.setText(QCoreApplication.translate("MessageViewer", u"Sa&ve as\u2026", None))
#if QT_CONFIG(accessibility)
        self.saveAs.setAccessibleName(QCoreApplication.translate("MessageViewer", u"Save the original e-mail as a file", None))
#endif // QT_CONFIG(accessibility)
        self.close.setText(QCoreApplication.translate("MessageViewer", u"C&lose", None))
#if QT_CONFIG(accessibility)
        self.close.setAccessibleName(QCoreApplication.translate("MessageViewer", u"Close", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

