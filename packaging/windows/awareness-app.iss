; The Windows installer of SNS Safety Classroom (Inno Setup 6), built by the release workflow
; (.github/workflows/release.yml) from the PyInstaller bundle in build\dist\awareness-app:
;
;   iscc /DAppVersion=0.1.0 packaging\windows\awareness-app.iss
;   → build\packages\awareness-app-0.1.0-setup.exe
;
; A teacher without administrator rights can install it for themselves (the installer asks; or
; /CURRENTUSER), an administrator for every user of the PC (/ALLUSERS). The installer speaks
; English or Japanese, as Windows does; the shortcuts are named in the same language.
; This file is UTF-8 with a byte order mark, as Inno Setup needs for the Japanese names.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define Root "..\.."

[Setup]
AppId={{4B7F1D6E-2C58-4E0B-9A3D-6F1C2B8E5A90}
AppName=SNS Safety Classroom
AppVersion={#AppVersion}
AppVerName=SNS Safety Classroom {#AppVersion}
AppPublisher=SNS Safety Classroom team
DefaultDirName={autopf}\SNS Safety Classroom
DefaultGroupName=SNS Safety Classroom
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\build\packages
OutputBaseFilename=awareness-app-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\awareness-app.exe
UninstallDisplayName={cm:AppName}

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"

[CustomMessages]
english.AppName=SNS Safety Classroom
japanese.AppName=SNSあんぜん教室

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#Root}\build\dist\awareness-app\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{cm:AppName}"; Filename: "{app}\awareness-app.exe"
Name: "{autodesktop}\{cm:AppName}"; Filename: "{app}\awareness-app.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\awareness-app.exe"; Description: "{cm:LaunchProgram,{cm:AppName}}"; Flags: nowait postinstall skipifsilent
