// Texts of "Mijn gegevens" (the resident's AVG rights), Dutch (B1) and English. nl.ts and en.ts spread these in.
export const dataRightsNl = {
  'nav.my-data': 'Mijn gegevens',
  'myData.title': 'Mijn gegevens',
  'myData.intro':
    'U heeft recht op een kopie van alles wat Wijkpunt over u bewaart. U mag uw account ook laten verwijderen.',
  'myData.copyHeading': 'Een kopie van al uw gegevens',
  'myData.copyIntro':
    'Het leesbare document kunt u openen in uw browser en afdrukken. Het FHIR-bestand is voor een andere app of uw zorgverlener.',
  'myData.readable': 'Download als leesbaar document',
  'myData.fhir': 'Download als FHIR-bestand (.json)',
  'myData.deleteHeading': 'Mijn account verwijderen',
  'myData.deleted': 'Dit wordt verwijderd:',
  'myData.count': '{what} ({count})',
  'myData.kept': 'Dit blijft bewaard, apart van de rest:',
  'myData.keptItem': '{what}. {why}',
  'myData.notAllowed':
    'U heeft ook een andere rol in Wijkpunt. Vraag de beheerder om uw account te verwijderen.',
  'myData.warning':
    'Verwijderen kan niet ongedaan worden gemaakt. Download eerst een kopie als u uw gegevens wilt houden.',
  'myData.password': 'Uw wachtwoord',
  'myData.passwordDescription': 'Ter controle dat u het zelf bent.',
  'myData.passwordMissing': 'Vul uw wachtwoord in.',
  'myData.deleteButton': 'Mijn account en dossier verwijderen',
  'myData.confirm': 'Weet u het zeker? Uw account en dossier worden nu verwijderd.',
  'myData.confirmButton': 'Ja, verwijder alles',
  'myData.cancel': 'Nee, toch niet',
  'myData.problemTitle': 'Uw account is niet verwijderd',
  'login.accountDeleted': 'Uw account en dossier zijn verwijderd.',
};

export const dataRightsEn: typeof dataRightsNl = {
  'nav.my-data': 'My data',
  'myData.title': 'My data',
  'myData.intro':
    'You have the right to a copy of everything Wijkpunt keeps about you. You may also have your account deleted.',
  'myData.copyHeading': 'A copy of all your data',
  'myData.copyIntro':
    'You can open the readable document in your browser and print it. The FHIR file is for another app or your care provider.',
  'myData.readable': 'Download as a readable document',
  'myData.fhir': 'Download as a FHIR file (.json)',
  'myData.deleteHeading': 'Delete my account',
  'myData.deleted': 'This is deleted:',
  'myData.count': '{what} ({count})',
  'myData.kept': 'This is kept, apart from the rest:',
  'myData.keptItem': '{what}. {why}',
  'myData.notAllowed':
    'You also have another role in Wijkpunt. Ask the administrator to delete your account.',
  'myData.warning': 'Deleting cannot be undone. Download a copy first if you want to keep your data.',
  'myData.password': 'Your password',
  'myData.passwordDescription': 'To check that it is really you.',
  'myData.passwordMissing': 'Enter your password.',
  'myData.deleteButton': 'Delete my account and record',
  'myData.confirm': 'Are you sure? Your account and record will be deleted now.',
  'myData.confirmButton': 'Yes, delete everything',
  'myData.cancel': 'No, keep it',
  'myData.problemTitle': 'Your account has not been deleted',
  'login.accountDeleted': 'Your account and record have been deleted.',
};
