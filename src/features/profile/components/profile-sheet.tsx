import type { TSessionUser } from '../../../../types/api/auth'
import { BottomSheet } from '../../../shared/ui/bottom-sheet'
import { ProfileForm } from './profile-form'

interface ProfileSheetProps {
  open: boolean
  loginMode: 'wechat' | 'demo'
  initialName?: string | null
  submitText?: string
  onClose: () => void
  onSaved: (user: TSessionUser) => void
}

export function ProfileSheet({ open, loginMode, initialName, submitText, onClose, onSaved }: ProfileSheetProps) {
  return (
    <BottomSheet open={open} title='完善报名信息' onClose={onClose} className='profile-sheet'>
      <ProfileForm loginMode={loginMode} initialName={initialName} submitText={submitText ?? '保存并报名'} onSaved={onSaved} />
    </BottomSheet>
  )
}
