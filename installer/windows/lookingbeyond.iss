; Inno Setup 6 script of Looking Beyond Desktop for Windows (x64).
;
; It installs the PyInstaller folder (installer\build\dist\lookingbeyond, made by
; installer\lookingbeyond.spec) under Program Files, adds a Start-menu shortcut and an
; uninstaller. The user's data (%LOCALAPPDATA%\UNODC\LookingBeyond, from platformdirs) is never
; inside the installation folder, so neither an upgrade nor the uninstaller touches it.
;
; Names, the AppId and the folder come from installer\platforms.py, written to
; installer\build\platform.iss by:   python installer\platforms.py iss-defines VERSION
; Build (from the repository's root, after PyInstaller):
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" installer\windows\lookingbeyond.iss
; -> installer\dist\lookingbeyond-setup-VERSION.exe. Full steps: installer\README.md.

#include "..\build\platform.iss"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={#InstallDir}
DefaultGroupName={#StartMenuGroup}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
OutputDir=..\dist
OutputBaseFilename={#OutputBaseName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole onedir folder; an upgrade replaces it (the old program files are removed first).
Source: "..\build\dist\lookingbeyond\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
; Started with no arguments the program opens its window.
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes only what it installed; the data folder stays.
