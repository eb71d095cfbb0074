import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DropZone } from './drop-zone';

const file = (name: string, size = 10) => new File([new Uint8Array(size)], name);

function setup(maxBytes = 1000) {
  const onFiles = vi.fn();
  render(<DropZone maxBytes={maxBytes} onFiles={onFiles} />);
  // applyAccept off: people can pick "All files" in the dialog, and drops ignore `accept` anyway.
  return { onFiles, user: userEvent.setup({ applyAccept: false }) };
}

describe('DropZone', () => {
  it('is a labelled, focusable zone with a real "Choose files" button', () => {
    setup();
    const zone = screen.getByRole('group', { name: /upload files/i });
    expect(zone).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('button', { name: 'Choose files' })).toBeInTheDocument();
    expect(zone).toHaveAccessibleDescription(/PDF, Word.*up to 1000 B a file/);
  });

  it('says per file why it is refused and passes the good ones on as documents', async () => {
    const { onFiles, user } = setup();
    await user.upload(screen.getByLabelText('Files to upload'), [
      file('setup.exe'),
      file('report.pdf'),
      file('huge.pdf', 2000),
    ]);
    const alert = await screen.findByRole('alert', { name: 'Files not uploaded' });
    expect(alert).toHaveTextContent('setup.exe: this file type is not allowed (allowed: PDF, Word');
    expect(alert).toHaveTextContent('huge.pdf: the file is too large');
    expect(onFiles).toHaveBeenCalledTimes(1);
    const [files, target] = onFiles.mock.calls[0] as [File[], unknown];
    expect(files.map((f) => f.name)).toEqual(['report.pdf']);
    expect(target).toEqual({ kind: 'document', type: 'COMPLIANCE_REPORT' });
  });

  it('uses the questionnaire rules when "Questionnaire" is chosen', async () => {
    const { onFiles, user } = setup();
    await user.selectOptions(screen.getByLabelText('These files are'), 'questionnaire');
    await user.upload(screen.getByLabelText('Files to upload'), [file('scan.png'), file('answers.csv')]);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'scan.png: this file type is not allowed for a questionnaire',
    );
    expect(onFiles).toHaveBeenCalledWith([expect.objectContaining({ name: 'answers.csv' })], {
      kind: 'questionnaire',
    });
  });

  it('takes files pasted on the page, but not pastes into text fields', async () => {
    const { onFiles } = setup();
    const paste = (target: EventTarget) => {
      const event = new Event('paste', { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'clipboardData', { value: { files: [file('pasted.png')] } });
      target.dispatchEvent(event);
    };
    const input = document.body.appendChild(document.createElement('textarea'));
    paste(input);
    expect(onFiles).not.toHaveBeenCalled();
    paste(document.body);
    expect(onFiles).toHaveBeenCalledWith(
      [expect.objectContaining({ name: 'pasted.png' })],
      expect.anything(),
    );
    input.remove();
  });
});
